import FlowDiagnostics
import FlowModel

/// A flow in which no terminal step can be reached from the first step: no order could finish.
struct NoTerminalStepRule: LintRule {
    let id = "no-terminal-step"
    let summary = LocalizedMessage(en: "a terminal step must be reachable from the first step", zh: "必须能从第一个步骤到达终止步骤")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
              ↓
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        steps:
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            next: pay
          - id: pay
            title: {zh: 支付, en: Pay}
            kind: form
            next: ask
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flowAnalyses.compactMap { analysis -> Diagnostic? in
            let flow = analysis.flow
            guard !analysis.reachable.contains(where: { flow.steps[$0].kind.value == .terminal }) else { return nil }
            let terminals = flow.steps.filter { $0.kind.value == .terminal }.map { "\"\($0.id.value)\"" }
            guard let first = flow.steps.first, !terminals.isEmpty else {
                return diagnostic(at: flow.id.path, flow.id.range, LocalizedMessage(
                    en: "flow \"\(flow.id.value)\" has no terminal step, so no order could finish; end it with a step of kind \"terminal\"",
                    zh: "流程 \"\(flow.id.value)\" 没有终止步骤，订单永远无法完成；请以 kind 为 \"terminal\" 的步骤结束"
                ))
            }
            return diagnostic(at: flow.id.path, flow.id.range, LocalizedMessage(
                en: "no terminal step of flow \"\(flow.id.value)\" can be reached from the first step \"\(first.id.value)\"; "
                    + "no path leads to \(terminals.joined(separator: ", "))",
                zh: "从流程 \"\(flow.id.value)\" 的第一个步骤 \"\(first.id.value)\" 无法到达任何终止步骤；"
                    + "没有路径通向 \(terminals.joined(separator: "、"))"
            ))
        }
    }
}
