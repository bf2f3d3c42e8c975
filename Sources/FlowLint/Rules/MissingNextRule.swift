import FlowDiagnostics
import FlowModel
import FlowYAML

/// Where a step goes must be said: a non-terminal step needs `next`, a terminal step must not
/// have one. In a branch list, branches after one without `when` are dead (warning), and a list
/// whose every branch has a `when` leaves the order nowhere to go when none holds (warning).
struct MissingNextRule: LintRule {
    let id = "missing-next"
    let summary = LocalizedMessage(en: "non-terminal steps need \"next\", terminal steps must not have it", zh: "非终止步骤必须有 \"next\"，终止步骤不能有")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
              - {id: urgent, label: {zh: 加急, en: Urgent}, type: bool}
            next:
                        ↓
              - {when: "urgent", goto: fast}
          - id: fast
            title: {zh: 加急, en: Fast}
            kind: form
            next:
              - {goto: done}
                                       ↓
              - {when: "urgent", goto: ask}
                ↓
          - id: slow
            title: {zh: 普通, en: Slow}
            kind: form
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
            ↓
            next: ask
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow in flow.steps.flatMap { problems(of: $0, in: context) } }
    }

    private func problems(of step: Step, in context: LintContext) -> [Diagnostic] {
        let name = step.id.value
        if step.kind.value == .terminal {
            guard let first = step.next.first else { return [] }
            let place = context.node(of: step)?.keyNode("next").map { ($0.path, $0.range) } ?? (first.target.path, first.target.range)
            return [diagnostic(at: place.0, place.1, LocalizedMessage(
                en: "terminal step \"\(name)\" has \"next\"; a terminal step ends the flow, so remove \"next\" or change its kind",
                zh: "终止步骤 \"\(name)\" 不应有 \"next\"；终止步骤结束流程，请删除 \"next\" 或修改步骤类型"
            ))]
        }
        guard !step.next.isEmpty else {
            // A `next` that is present but unreadable is the schema rules' to report.
            guard context.node(of: step)?["next"] == nil else { return [] }
            return [diagnostic(at: step.id.path, step.id.range, LocalizedMessage(
                en: "step \"\(name)\" of kind \"\(step.kind.value.rawValue)\" has no \"next\"; only a terminal step may end the flow",
                zh: "类型为 \"\(step.kind.value.rawValue)\" 的步骤 \"\(name)\" 缺少 \"next\"；只有终止步骤可以结束流程"
            ))]
        }
        guard let cut = step.next.firstIndex(where: { $0.when == nil }) else {
            guard let condition = step.next.last?.when else { return [] }
            return [warningDiagnostic(at: condition.path, condition.range, LocalizedMessage(
                en: "every branch of step \"\(name)\" has a \"when\"; when none holds the order has nowhere to go, so end the list with a branch without \"when\"",
                zh: "步骤 \"\(name)\" 的每个分支都有 \"when\"；条件都不成立时订单无处可去，请在末尾添加不带 \"when\" 的分支"
            ))]
        }
        let open = step.next[cut].target
        return step.next.dropFirst(cut + 1).map { dead in
            warningDiagnostic(at: dead.target.path, dead.target.range, LocalizedMessage(
                en: "branch to \"\(dead.target.value)\" is never taken: the branch to \"\(open.value)\" before it (\(open.location)) has no \"when\"",
                zh: "跳转到 \"\(dead.target.value)\" 的分支永远不会执行：其前面跳转到 \"\(open.value)\" 的分支（\(open.location)）没有 \"when\""
            ))
        }
    }
}
