import FlowDiagnostics
import FlowModel

/// A transition, branch or confirmation summary names a step the flow does not have.
struct UnknownStepRule: LintRule {
    let id = "unknown-step"
    let summary = LocalizedMessage(en: "transitions and summaries must name steps of the flow", zh: "跳转和确认页引用的步骤必须存在")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: confirmation
                      ↓
            summary: [asks]
                  ↓
            next: dnoe
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flowAnalyses.flatMap { analysis in
            let known = analysis.flow.steps.map(\.id.value)
            return analysis.flow.steps.flatMap { step in
                (step.next.map(\.target) + step.summary).compactMap { target -> Diagnostic? in
                    guard analysis.stepIndex[target.value] == nil else { return nil }
                    return diagnostic(at: target.path, target.range, Alternatives.message(
                        found: target.value, expected: known, what: LocalizedMessage(en: "step", zh: "步骤"),
                        unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")
                    ))
                }
            }
        }
    }
}
