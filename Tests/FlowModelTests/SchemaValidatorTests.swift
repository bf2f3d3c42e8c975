import FlowDiagnostics
import FlowModel
import FlowYAML
import Testing

@Suite struct SchemaValidatorTests {
    private func issues(_ text: String, path: String = "Flows/x.yaml") -> [String] {
        let project = Project.read([SourceFile(path: path, text: text)])
        let issues = project.flows.flatMap(\.schemaIssues) + project.channels.flatMap(\.schemaIssues)
        return issues.map { "\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
    }

    /// The issues of a flow whose first five lines are a valid header, followed by `sections`.
    private func flowIssues(_ sections: String) -> [String] {
        issues("""
        flow: x
        title: {zh: 标题, en: Title}
        category: application
        media: [ukey]
        guard: {open-order: none}

        """ + sections)
    }

    /// Regression: an integer too large for `Int` skipped the range check and was then dropped.
    @Test func hugeIntegersAreOutOfRange() {
        let found = flowIssues("""
        products:
          - {id: p, name: {zh: 商品, en: Product}, medium: ukey, prices: [{years: 99999999999999999999, amount: "1.00"}]}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """)
        #expect(found == ["7:73 invalid-value: 99999999999999999999 is far outside the allowed range"])
    }

    /// Regression: a number or boolean used as an id in a dictionary section was silently ignored.
    @Test func dictionaryKeysMustBeIdentifiers() {
        let found = issues("""
        channel: c
        name: {zh: 渠道, en: Channel}
        kind: bank
        flows:
          demo:
            steps: {404: {title: {zh: 步骤, en: Step}}}
        """, path: "Channels/c.yaml")
        #expect(found == ["6:13 wrong-type: expected an identifier, found integer \"404\""])
    }

    /// A key is looked up by the bytes of its value, not of its source: escapes in a quoted key
    /// count as what they stand for, and an alias as the scalar it names.
    @Test func keysAreTheirValues() {
        let found = issues("""
        flow: x
        "\\x74itle": {zh: 标题, en: Title}
        category: application
        media: [ukey]
        guard: {open-order: none}
        'steps':
          - {id: &kind kind, title: {zh: 完成, en: Done}, *kind : terminal}
        """)
        #expect(found == [])
    }

    /// Ids are checked on the bytes the tree holds: an alias stands for its target's text, and
    /// anything but lower-case ASCII letters, digits and "_" after a letter is refused.
    @Test func idsAreCheckedOnTheirText() {
        let found = flowIssues("""
        steps:
          - {id: &first ask_1, title: {zh: 询问, en: Ask}, kind: form, next: Done}
          - {id: *first, title: {zh: 询问, en: Ask}, kind: form, next: 步骤}
          - {id: "_x", title: {zh: 完成, en: Done}, kind: terminal}
          - {id: "a\\x2Db", title: {zh: 完成, en: Done}, kind: terminal}
        """)
        #expect(found == [
            "7:68 invalid-value: \"Done\" is not a valid id: use lower-case letters, digits and \"_\", starting with a letter",
            "8:62 invalid-value: \"步骤\" is not a valid id: use lower-case letters, digits and \"_\", starting with a letter",
            "9:10 invalid-value: \"_x\" is not a valid id: use lower-case letters, digits and \"_\", starting with a letter",
            "10:10 invalid-value: \"a-b\" is not a valid id: use lower-case letters, digits and \"_\", starting with a letter",
        ])
    }

    /// The keys a mapping holds are kept as bits for the first 64 properties and in a set beyond:
    /// both halves must find what is missing and what is there.
    @Test func requiredKeysAreFoundOnEitherSideOfTheSixtyFourthProperty() throws {
        let properties = (0..<70).map { index in
            ObjectSchema.Property("k\(index)", .integer(minimum: nil, maximum: nil), required: index % 3 == 0, LocalizedMessage(en: "K", zh: "K"))
        }
        let schema = ObjectSchema(name: "wide", summary: LocalizedMessage(en: "Wide", zh: "宽"), properties: properties)
        let present = [0, 3, 30, 63, 64, 66, 69]
        let text = present.map { "k\($0): 1" }.joined(separator: "\n")
        let root = try #require(try YAMLLoader().load(SourceFile(path: "wide.yaml", text: text)).first)
        let missing = SchemaValidator().validate(root, as: .object(schema)).map(\.message.en)
        let expected = (0..<70).filter { $0 % 3 == 0 && !present.contains($0) }.map { "missing key \"k\($0)\" in wide: k" }
        #expect(missing.sorted() == expected.sorted())
    }
}
