import FlowDiagnostics
import FlowLint
import Testing

/// A value of the wrong type is reported with what it is for, in both languages.
@Suite struct ExpressionRoleTests {
    @Test func aComputedValueOfTheWrongTypeNamesItsField() {
        let steps = """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
              - {id: name, label: {zh: 名称, en: Name}, type: text}
              - {id: twice, label: {zh: 两倍, en: Twice}, type: bool, computed: "name"}
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}

        """
        let messages = lintSteps(steps, rule: "expression-type").map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.en.hasPrefix("computed value of field \"twice\": ") == true, "\(messages)")
        #expect(messages.first?.zh.hasPrefix("字段 \"twice\" 的计算值：") == true, "\(messages)")
    }
}
