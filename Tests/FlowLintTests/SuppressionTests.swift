import FlowDiagnostics
@testable import FlowLint
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

    /// A comment that ends the file, with no line break after it.
    @Test func aCommentEndingTheFileSuppresses() {
        let linter = Linter(options: LintOptions(select: ["unknown-step"]))
        let steps = """
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
          - {id: ask, title: {zh: 询问, en: Ask}, kind: form, next: nowhere}
        """
        #expect(!linter.lint([SourceFile(path: "Flows/demo.yaml", text: RuleExample.stepsHeader + steps)]).isEmpty)
        let atTheEnd = RuleExample.stepsHeader + steps + " # channelflow: ignore[unknown-step]"
        #expect(linter.lint([SourceFile(path: "Flows/demo.yaml", text: atTheEnd)]).isEmpty)
    }

    /// The byte search that spares reading lines of files without the marker.
    @Test func theSearchFindsTheMarkerAnywhereAndNothingElse() {
        let marker = Array(Suppressions.marker.utf8)
        func found(_ text: String) -> Bool { Suppressions.contains(Array(text.utf8), marker) }
        #expect(found(Suppressions.marker))
        #expect(found("x: 1 # " + Suppressions.marker))
        #expect(found(Suppressions.marker + "a]\n"))
        #expect(found("cc" + Suppressions.marker))
        #expect(!found(String(Suppressions.marker.dropLast())))
        #expect(!found(""))
        #expect(!found("c"))
        #expect(!found("channelflow: ignore(x) channelflow: ignore"))
        #expect(!Suppressions.contains(Array("abc".utf8), []))
    }
}
