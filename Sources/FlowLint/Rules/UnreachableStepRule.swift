import FlowDiagnostics
import FlowModel

/// A step no path from the first step leads to: dead configuration, or a missing `next`.
struct UnreachableStepRule: LintRule {
    let id = "unreachable-step"
    let summary = LocalizedMessage(en: "every step must be reachable from the first step", zh: "每个步骤都必须能从第一个步骤到达")
    let severity = Severity.warning
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            next: done
                ↓
          - id: forgotten
            title: {zh: 遗漏, en: Forgotten}
            kind: form
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flowAnalyses.flatMap { analysis in
            analysis.flow.steps.enumerated().compactMap { position, step -> Diagnostic? in
                guard !analysis.reachable.contains(position), analysis.stepIndex[step.id.value] == position else { return nil }
                return diagnostic(at: step.id.path, step.id.range, LocalizedMessage(
                    en: "step \"\(step.id.value)\" cannot be reached from the first step \"\(analysis.flow.steps[0].id.value)\"",
                    zh: "无法从第一个步骤 \"\(analysis.flow.steps[0].id.value)\" 到达步骤 \"\(step.id.value)\""
                ))
            }
        }
    }
}
