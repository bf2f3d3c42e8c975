import FlowDiagnostics
import FlowLint
import Testing

/// Expression diagnostics point inside the text only where its characters are the file's columns.
@Suite struct ExpressionPositionTests {
    private func unknownNames(_ when: String) -> [String] {
        let steps = """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
              - {id: name, label: {zh: 名称, en: Name}, type: text}
            next:
              - when: \(when)
                goto: done
              - goto: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}

        """
        return lintSteps(steps, rule: "unknown-name").map { "\($0.location)" }
    }

    @Test func plainAndQuotedTextPointAtTheName() {
        #expect(unknownNames("nmae == 'x'") == ["13:15"])
        #expect(unknownNames("\"nmae == 'x'\"") == ["13:16"])
    }

    /// Regression: block and escaped text were positioned as if their characters were the file's.
    @Test func blockAndEscapedTextPointAtTheValue() {
        #expect(unknownNames("|-\n            name == 'x' or nmae == 'y'") == ["13:15"])
        #expect(unknownNames("\"\\x6Emae == 'x'\"") == ["13:15"])
    }
}
