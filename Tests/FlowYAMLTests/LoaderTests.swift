import FlowDiagnostics
import FlowYAML
import Testing

@Suite struct LoaderTests {
    @Test func everyNodeAndKeyHasItsPosition() throws {
        let root = try #require(try load("steps:\n  - id: 名称\n    next: done\n").first)
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.range == SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 6)))
        let step = try #require(pairs[0].value.sequence?.first)
        let id = try #require(step.mapping?.first)
        #expect(id.key.start == SourceLocation(line: 2, column: 5))
        #expect(id.value.start == SourceLocation(line: 2, column: 9))
        // Columns count scalars: "名称" ends two columns later, not six.
        #expect(id.value.end == SourceLocation(line: 2, column: 11))
        #expect(step["next"]?.start == SourceLocation(line: 3, column: 11))
        #expect(root.path == "test.yaml")
    }

    @Test func mappingsKeepSourceOrder() throws {
        #expect(try json("z: 1\na: 2\nm: 3\n") == #"{"z":1,"a":2,"m":3}"#)
    }

    @Test func stylesAndTagsAreKept() throws {
        let root = try #require(try load("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  fold\nf: !!str x\ng: [1]\nh: {k: v}\n").first)
        let styles = root.mapping?.compactMap { $0.value.scalar?.style }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
        #expect(root["f"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["g"]?.collectionStyle == .flow)
        #expect(root["h"]?.collectionStyle == .flow)
        #expect(root.collectionStyle == .block)
    }

    @Test func aliasesResolveToTheAnchoredNodeAtTheAliasPosition() throws {
        let root = try #require(try load("a: &x {k: [1, 2]}\nb: *x\n").first)
        let alias = try #require(root["b"])
        #expect(alias.isAlias)
        #expect(alias.anchor == "x")
        #expect(alias.start == SourceLocation(line: 2, column: 4))
        #expect(JSONWriter().string(alias.json) == #"{"k":[1,2]}"#)
        #expect(alias["k"]?.start == SourceLocation(line: 1, column: 11))
    }

    @Test func documentsAreSeparateAndEmptyOnesAreNull() throws {
        let documents = try load("--- 1\n---\n--- [a]\n")
        #expect(documents.map { JSONWriter().string($0.json) } == ["1", "null", #"["a"]"#])
        #expect(try load("").isEmpty)
        #expect(try load("# only a comment\n").isEmpty)
    }

    @Test func anchorsDoNotCrossDocuments() {
        #expect(renderedError("--- &a 1\n--- *a\n")?.hasPrefix("test.yaml:2:5: error: alias \"*a\"") == true)
    }

    @Test func equalValuesWrittenDifferentlyAreDifferentKeys() throws {
        #expect(try json("1: int\n'1': str\ntrue: b\n'true': s\n") == #"{"1":"int","1":"str","true":"b","true":"s"}"#)
    }

    @Test func nonFiniteFloatsRenderAsStrings() throws {
        #expect(try json("[.inf, -.inf, .nan, 1.5, 2.0]") == #"[".inf","-.inf",".nan",1.5,2]"#)
    }

    @Test func positionsWrapEveryNodeAndRecordKeys() throws {
        let root = try #require(try load("a: [x]\n").first)
        #expect(JSONWriter().string(root.json(positions: true)) == """
        {"line":1,"column":1,"endLine":2,"endColumn":1,"value":{"a":{"line":1,"column":4,"endLine":1,"endColumn":7,"value":[{"line":1,"column":5,"endLine":1,"endColumn":6,"value":"x"}]}},"keys":{"a":{"line":1,"column":1,"endLine":1,"endColumn":2}}}
        """)
    }

    @Test func largeMappingsStillFindDuplicates() {
        let keys = (0..<50).map { "k\($0): \($0)" }.joined(separator: "\n")
        #expect(renderedError(keys + "\nk7: again\n")?.hasPrefix("test.yaml:51:1: error: duplicate key \"k7\" (first defined at 8:1)") == true)
    }

    @Test func accessorsAnswerForTheRightKindsOnly() throws {
        let root = try #require(try load("s: text\nn: 3\nl: [1, 2]\nm: {a: 1}\n").first)
        #expect(root["s"]?.string == "text")
        #expect(root["n"]?.string == nil)
        #expect(root["l"]?.count == 2)
        #expect(root["m"]?.count == 1)
        #expect(root["missing"] == nil)
        #expect(root["l"]?.kindName == "sequence")
        #expect(root["n"]?.kindName == "integer")
    }

    @Test func typedScalarAccessorsReadOnlyTheirOwnKind() throws {
        let root = try #require(try load("n: 3\nbig: 99999999999999999999\nt: true\nq: 'true'\ns: \"3\"\nk: &k key\n*k : aliased\nkey2: {}\n").first)
        #expect(root["n"]?.int == 3)
        #expect(root["big"]?.int == nil)
        #expect(root["s"]?.int == nil)
        #expect(root["t"]?.bool == true)
        #expect(root["q"]?.bool == nil)
        #expect(root["n"]?.bool == nil)
        #expect(root["q"]?.isString("true") == true)
        #expect(root["t"]?.isString("true") == false)
        #expect(root["q"]?.isString("tru") == false)
        #expect(root["q"]?.isString("truer") == false)
        // A key written as an alias is found by the text it names.
        #expect(root["key"]?.string == "aliased")
        #expect(root["key2"]?.count == 0)
        let scalar = try #require(root["n"])
        #expect(scalar["n"] == nil)
    }

    @Test func keysAreFoundByTheirExactBytes() throws {
        let root = try #require(try load("? \n: null-key\n名称: x\n\"\": quoted-empty\nnam: short\nnamex: long\n").first)
        #expect(root["名称"]?.string == "x")
        #expect(root["名"] == nil)
        // The first key is empty but null, not the empty string.
        #expect(root[""]?.string == "quoted-empty")
        #expect(root["name"] == nil)
        #expect(root["nam"]?.string == "short")
    }

    /// Regression: a collection's anchor, registered when it closed, overwrote a reuse of the name
    /// inside it, although the inner anchor is the most recent one before the alias.
    @Test func aliasNamesTheMostRecentAnchor() throws {
        #expect(try json("a: &x [&x inner, b]\nc: *x\n") == #"{"a":["inner","b"],"c":"inner"}"#)
        #expect(try json("a: &x 1\nb: &x 2\nc: *x\n") == #"{"a":1,"b":2,"c":2}"#)
    }

    /// Regression: negative zero lost its sign in JSON.
    @Test func negativeZeroKeepsItsSign() throws {
        #expect(try json("[-0.0, 0.0]") == #"[-0.0,0]"#)
    }
}

extension LoaderTests {
    /// Regression: past 12 keys, keys were compared as Swift strings, which equate canonically
    /// equivalent text, so "café" and "cafe\u{301}" became a false duplicate in larger mappings.
    @Test func canonicallyEquivalentKeysStayDistinctInLargeMappings() throws {
        let filler = (0..<13).map { "k\($0): \($0)" }.joined(separator: "\n")
        let root = try #require(try load(filler + "\ncafé: 1\ncafe\u{301}: 2\n").first)
        #expect(root.count == 15)
    }
}
