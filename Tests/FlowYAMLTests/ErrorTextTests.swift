import FlowDiagnostics
import FlowYAML
import Testing

/// The full rendered text of every kind of loader error, verbatim, in English and in Chinese.
@Suite struct ErrorTextTests {
    @Test func syntaxErrorNamesTheConstructItsIn() {
        #expect(renderedError("a: [1, 2\nb: 3\n") == """
        test.yaml:2:2: error: did not find expected ',' or ']' while parsing a flow sequence [yaml-syntax]
        b: 3
         ^
        test.yaml:1:4: note: the construct started here
        """)
        #expect(renderedError("a: [1, 2\nb: 3\n", language: .zh) == """
        test.yaml:2:2: 错误: 解析流序列时未找到应有的 ',' 或 ']' [yaml-syntax]
        b: 3
         ^
        test.yaml:1:4: 提示: 该结构从此处开始
        """)
    }

    @Test func tabIndentationIsASyntaxError() {
        #expect(renderedError("a:\n\tb: 1\n") == """
        test.yaml:2:1: error: found character that cannot start any token while scanning for the next token [yaml-syntax]
        \tb: 1
        ^
        """)
    }

    @Test func encodingErrorIsPositionedFromTheByteOffset() {
        let source = SourceFile(path: "test.yaml", bytes: Array("名称: ".utf8) + [0xFF] + Array("\n".utf8))
        #expect(throws: YAMLError.self) { try YAMLLoader().load(source) }
        do {
            _ = try YAMLLoader().load(source)
        } catch {
            #expect(DiagnosticRenderer(language: .en).text(error.diagnostic, source: source) == """
            test.yaml:1:5: error: invalid leading UTF-8 octet [yaml-encoding]
            名称: \u{FFFD}
                  ^
            """)
            #expect(DiagnosticRenderer(language: .zh).headline(error.diagnostic) == "test.yaml:1:5: 错误: UTF-8 首字节无效 [yaml-encoding]")
        }
    }

    @Test func duplicateKeyPointsAtTheSecondAndNamesTheFirst() {
        #expect(renderedError("id: a\nname: b\nid: c\n") == """
        test.yaml:3:1: error: duplicate key "id" (first defined at 1:1) [yaml-duplicate-key]
        id: c
        ^
        test.yaml:1:1: note: "id" first defined here
        """)
        #expect(renderedError("id: a\nid: c\n", language: .zh) == """
        test.yaml:2:1: 错误: 重复的键 "id"（首次定义于 1:1） [yaml-duplicate-key]
        id: c
        ^
        test.yaml:1:1: 提示: "id" 首次定义于此
        """)
    }

    @Test func undefinedAndRecursiveAliases() {
        #expect(renderedError("a: *missing\n") == """
        test.yaml:1:4: error: alias "*missing" refers to no anchor "&missing" defined before it [yaml-undefined-alias]
        a: *missing
           ^
        """)
        #expect(renderedError("a: &loop [*loop]\n") == """
        test.yaml:1:11: error: alias "*loop" refers to the node that contains it; recursive aliases are not supported [yaml-undefined-alias]
        a: &loop [*loop]
                  ^
        """)
    }

    @Test func mergeKeysAreRejectedWithAFix() {
        #expect(renderedError("base: &b {x: 1}\nstep:\n  <<: *b\n") == """
        test.yaml:3:3: error: merge keys ("<<") are not supported: write the keys out in this mapping [yaml-merge-key]
          <<: *b
          ^
        """)
        #expect(renderedError("'<<': quoted keys are ordinary\n") == nil)
    }

    @Test func complexKeysAreRejected() {
        #expect(renderedError("? {a: 1}\n: v\n", language: .zh) == """
        test.yaml:1:3: 错误: 映射的键必须是标量，不能是序列或映射 [yaml-complex-key]
        ? {a: 1}
          ^
        """)
    }

    @Test func badCoreTagValues() {
        #expect(renderedError("n: !!int twelve\n") == """
        test.yaml:1:4: error: "twelve" is not a valid value for tag "!!int" [yaml-tag]
        n: !!int twelve
           ^
        """)
    }

    @Test func limitsAreReportedWhereTheyAreCrossed() {
        let limits = YAMLLimits(maxFileBytes: 1_000, maxDepth: 2, maxAliasExpansion: 2, maxDocuments: 2)
        #expect(renderedError("a: [[1]]\n", limits: limits) == """
        test.yaml:1:5: error: nesting is deeper than the limit of 2 levels [yaml-limit]
        a: [[1]]
            ^
        """)
        #expect(renderedError("a: &x [1, 2]\nb: *x\n", limits: limits) == """
        test.yaml:2:4: error: aliases expand to more than 2 nodes (is this a "billion laughs" file?) [yaml-limit]
        b: *x
           ^
        """)
        #expect(renderedError("--- 1\n--- 2\n--- 3\n", limits: limits) == """
        test.yaml:3:1: error: the stream has more than 2 documents [yaml-limit]
        --- 3
        ^
        """)
        #expect(renderedError(String(repeating: "#", count: 1_001), limits: limits) == """
        test.yaml:1:1: error: the input is larger than the limit of 1000 bytes (1001 bytes seen) [yaml-limit]
        \(String(repeating: "#", count: 160))…
        ^
        """)
    }

    @Test func utf16IsRefusedWithAClearReason() {
        let source = SourceFile(path: "test.yaml", bytes: [0xFF, 0xFE, 0x61, 0x00])
        do {
            _ = try YAMLLoader().load(source)
            Issue.record("UTF-16 input must be refused")
        } catch {
            #expect(error.kind == .encoding)
            #expect(error.message.en == "the file starts with a UTF-16 byte-order mark: save it as UTF-8")
        }
    }
}
