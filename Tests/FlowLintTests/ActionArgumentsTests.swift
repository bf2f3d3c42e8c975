import FlowDiagnostics
import FlowLint
import Testing

/// A required argument is missing only when the file does not write it: one written with a value
/// that is no expression is the schema check's to report, not this rule's.
@Suite struct ActionArgumentsTests {
    private func steps(with arguments: String) -> String {
        """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
              - {id: years, label: {zh: 年限, en: Years}, type: int}
            actions:
              - run: price
                with: \(arguments)
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}

        """
    }

    @Test func anArgumentWrittenWithAValueThatIsNoExpressionIsNotMissing() {
        #expect(lintSteps(steps(with: "{product: [cert], years: years}"), rule: "action-arguments").isEmpty)
    }

    @Test func anArgumentNotWrittenIsMissing() {
        let messages = lintSteps(steps(with: "{years: years}"), rule: "action-arguments").map(\.message.en)
        #expect(messages == [#"action "price" is missing required argument "product""#])
    }
}
