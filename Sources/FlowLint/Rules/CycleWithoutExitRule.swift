import FlowDiagnostics
import FlowModel

/// Steps that lead only to each other: an order that enters the loop can never finish. A loop back
/// to correct data is fine as long as one of its steps has a way out to a terminal step. Flows
/// where no terminal step is reachable at all are left to `no-terminal-step`.
struct CycleWithoutExitRule: LintRule {
    let id = "cycle-without-exit"
    let summary = LocalizedMessage(en: "every loop of steps must have a way out to a terminal step", zh: "步骤循环必须有通往终止步骤的出口")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: ask
            title: {zh: 填写, en: Fill in}
            kind: form
            next: check
          - id: check
            title: {zh: 核对, en: Check}
            kind: form
            fields:
              - {id: correct, label: {zh: 信息有误, en: Something is wrong}, type: bool}
            next:
              - {when: "correct", goto: ask}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: ask
            title: {zh: 填写, en: Fill in}
            kind: form
            fields:
              - {id: skip, label: {zh: 跳过, en: Skip}, type: bool}
            next:
              - {when: "skip", goto: done}
              - {goto: check}
                ↓
          - id: check
            title: {zh: 核对, en: Check}
            kind: form
            next: fix
          - id: fix
            title: {zh: 修改, en: Fix}
            kind: form
            next: check
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flowAnalyses.flatMap { analysis -> [Diagnostic] in
            let exits = analysis.reachesTerminal
            guard analysis.reachable.contains(where: exits.contains) else { return [] }
            let steps = analysis.flow.steps
            return analysis.cycles(among: analysis.reachable.subtracting(exits)).compactMap { cycle -> Diagnostic? in
                guard let first = cycle.first else { return nil }
                let step = steps[first]
                let names = cycle.map { "\"\(steps[$0].id.value)\"" }
                let message = cycle.count == 1
                    ? LocalizedMessage(
                        en: "step \(names.joined()) leads only to itself and never to a terminal step; add a branch that leaves it",
                        zh: "步骤 \(names.joined()) 只跳转到自身，无法到达终止步骤；请添加离开的分支")
                    : LocalizedMessage(
                        en: "steps \(names.joined(separator: ", ")) form a loop with no way out to a terminal step; add a branch that leaves it",
                        zh: "步骤 \(names.joined(separator: "、")) 构成循环，无法到达终止步骤；请添加离开循环的分支")
                return diagnostic(at: step.id.path, step.id.range, message)
            }
        }
    }
}
