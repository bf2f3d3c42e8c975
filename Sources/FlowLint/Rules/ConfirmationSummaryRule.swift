import FlowDiagnostics
import FlowModel
import FlowYAML

/// A confirmation page shows earlier answers read-only and lets the applicant go back to edit
/// (manual 1.1, step 4): it needs a `summary`, must not say `back: false`, and may list only steps
/// that can come before it. Unknown step ids are `unknown-step`'s.
struct ConfirmationSummaryRule: LintRule {
    let id = "confirmation-summary"
    let summary = LocalizedMessage(en: "a confirmation shows earlier steps and lets the applicant go back", zh: "确认页展示此前步骤并允许返回修改")
    let severity = Severity.warning
    let examples: [RuleExample] = [
        .steps(.passes, """
          - {id: purchase, title: {zh: 购买, en: Purchase}, kind: form, next: confirm}
          - {id: confirm, title: {zh: 确认, en: Confirm}, kind: confirmation, summary: [purchase], next: done}
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .steps(.fails, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
                  ↓
            kind: confirmation
            next: confirm
          - id: confirm
            title: {zh: 确认, en: Confirm}
            kind: confirmation
                  ↓
            back: false
                                ↓
            summary: [purchase, pay]
            next: pay
          - {id: pay, title: {zh: 支付, en: Pay}, kind: form, next: done}
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flowAnalyses.flatMap { analysis in
            analysis.flow.steps.enumerated().flatMap { position, step -> [Diagnostic] in
                guard step.kind.value == .confirmation else { return [] }
                let name = step.id.value
                var found: [Diagnostic] = []
                if step.summary.isEmpty {
                    found.append(diagnostic(at: step.kind.path, step.kind.range, LocalizedMessage(
                        en: "confirmation step \"\(name)\" has no \"summary\"; list the steps whose answers it shows",
                        zh: "确认步骤 \"\(name)\" 缺少 \"summary\"；请列出其展示的步骤"
                    )))
                }
                if !step.back {
                    let node = context.node(of: step)
                    let place = node?["back"] ?? node
                    found.append(diagnostic(at: place?.path ?? step.id.path, place?.range ?? step.id.range, LocalizedMessage(
                        en: "confirmation step \"\(name)\" has \"back: false\"; the applicant must be able to go back and edit",
                        zh: "确认步骤 \"\(name)\" 设置了 \"back: false\"；确认页必须允许申请人返回修改"
                    )))
                }
                for shown in step.summary {
                    guard let target = analysis.stepIndex[shown.value],
                          target == position || !analysis.reachable(from: target).contains(position) else { continue }
                    found.append(diagnostic(at: shown.path, shown.range, LocalizedMessage(
                        en: "summary of confirmation \"\(name)\" names step \"\(shown.value)\", which never comes before it; its answers cannot be shown yet",
                        zh: "确认步骤 \"\(name)\" 的 summary 引用了步骤 \"\(shown.value)\"，该步骤不会在其之前执行，无法展示其答案"
                    )))
                }
                return found
            }
        }
    }
}
