import FlowDiagnostics
import FlowLint
import Testing

/// `# channelflow: ignore[…]` comments, found by a byte search over each file before any line is read.
@Suite struct SuppressionTests {
    private func unknownSteps(_ comment: String, above: Bool = false) -> [Int] {
        let next = above ? "      # \(comment)\n    next: nowhere" : "    next: nowhere  # \(comment)"
        let steps = """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
        \(next)
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """
        return lintSteps(steps, rule: "unknown-step").map(\.range.start.line)
    }

    @Test func aCommentOnTheLineOrTheLineAboveSuppresses() {
        #expect(!unknownSteps("nothing to see").isEmpty)
        #expect(unknownSteps("channelflow: ignore[unknown-step]").isEmpty)
        #expect(unknownSteps("channelflow: ignore[unreachable-step, unknown-step]", above: true).isEmpty)
    }

    @Test func onlyTheWholeMarkerAndTheNamedRuleSuppress() {
        #expect(!unknownSteps("channelflow: ignore unknown-step").isEmpty)
        #expect(!unknownSteps("channelflow: ignore[unreachable-step]").isEmpty)
        #expect(!unknownSteps("channelflow: ignor[unknown-step]").isEmpty)
    }

    /// The marker as the file's very last bytes, and files shorter than the marker.
    @Test func theSearchReachesEveryByteAndNoFurther() {
        let linter = Linter(options: LintOptions(select: ["unknown-step"]))
        let steps = """
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
          - {id: ask, title: {zh: 询问, en: Ask}, kind: form, next: nowhere}
        """
        #expect(!linter.lint([SourceFile(path: "Flows/demo.yaml", text: RuleExample.stepsHeader + steps)]).isEmpty)
        let atTheEnd = RuleExample.stepsHeader + steps + " # channelflow: ignore[unknown-step]"
        #expect(linter.lint([SourceFile(path: "Flows/demo.yaml", text: atTheEnd)]).filter { $0.id == "unknown-step" }.isEmpty)
        for short in ["", "#", "# channelflow"] {
            #expect(linter.lint([SourceFile(path: "Flows/short.yaml", text: short)]).allSatisfy { $0.id != "unknown-step" })
        }
    }
}
