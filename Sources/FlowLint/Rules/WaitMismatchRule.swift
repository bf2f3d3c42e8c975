import FlowDiagnostics
import FlowModel

/// What a step waits for must match what its actions start. A `payment` step runs `pay` and waits
/// for the payment; a `review-wait` step runs `submit_review` and waits for the review; any other
/// `wait` needs an action that produces it (signatures' `wait`; `verify_person` may lead to a face
/// check and `send_unlock_code` to a one-cent transfer), and an action that waits needs the step
/// to say so. Choice options waiting for a face verification are fine.
struct WaitMismatchRule: LintRule {
    let id = "wait-mismatch"
    let summary = LocalizedMessage(en: "a step's \"wait\" must match what its actions start", zh: "步骤的 \"wait\" 必须与其动作相符")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: payment
            title: {zh: 支付, en: Pay}
                  ↓
            kind: payment
            next: review
          - id: review
            title: {zh: 审核, en: Review}
            kind: form
                            ↓
            actions: [{run: submit_review}]
                  ↓
            wait: one-cent-transfer
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
    ]

    /// The action each kind of step must run and the wait it must declare.
    private static let required: [StepKind: (action: String, wait: WaitState)] = [.payment: ("pay", .payment), .reviewWait: ("submit_review", .review)]
    /// Waits an action leads to beyond its signature's.
    private static let alsoProduces: [String: WaitState] = ["verify_person": .faceVerification, "send_unlock_code": .oneCentTransfer]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow in flow.steps.flatMap(problems) }
    }

    private func problems(of step: Step) -> [Diagnostic] {
        let (name, kind) = (step.id.value, step.kind.value.rawValue)
        guard let rule = Self.required[step.kind.value] else {
            var found = unproduced(step.wait, by: step.actions, in: name)
            found += undeclared(step.actions, waits: [step.wait?.value], in: name)
            for option in step.choice?.options ?? [] {
                if option.wait?.value != .faceVerification { found += unproduced(option.wait, by: step.actions + option.actions, in: name) }
                found += undeclared(option.actions, waits: [step.wait?.value, option.wait?.value], in: name)
            }
            return found
        }
        var missing: [(en: String, zh: String)] = []
        if !step.allActions.contains(where: { $0.name.value == rule.action }) { missing.append(("no \"\(rule.action)\" action", "\"\(rule.action)\" 动作")) }
        if step.wait == nil { missing.append(("no \"wait: \(rule.wait.rawValue)\"", "\"wait: \(rule.wait.rawValue)\"")) }
        var found: [Diagnostic] = []
        if !missing.isEmpty {
            found.append(diagnostic(at: step.kind.path, step.kind.range, LocalizedMessage(
                en: "\(kind) step \"\(name)\" has \(missing.map(\.en).joined(separator: " and "))",
                zh: "\(kind) 步骤 \"\(name)\" 缺少\(missing.map(\.zh).joined(separator: "和"))"
            )))
        }
        if let wait = step.wait, wait.value != rule.wait {
            found.append(diagnostic(at: wait.path, wait.range, LocalizedMessage(
                en: "\(kind) step \"\(name)\" waits for \"\(wait.value.rawValue)\"; it must wait for \"\(rule.wait.rawValue)\"",
                zh: "\(kind) 步骤 \"\(name)\" 等待 \"\(wait.value.rawValue)\"；应等待 \"\(rule.wait.rawValue)\""
            )))
        }
        return found
    }

    /// A `wait` none of `actions` leads to.
    private func unproduced(_ wait: Located<WaitState>?, by actions: [ActionCall], in step: String) -> [Diagnostic] {
        guard let wait, !actions.contains(where: { Self.waits(of: $0.name.value).contains(wait.value) }) else { return [] }
        let producers = (BuiltinActions.all.map(\.name) + Self.alsoProduces.keys).filter { Self.waits(of: $0).contains(wait.value) }
        let hint = Set(producers).sorted().map { "\"\($0)\"" }
        return [diagnostic(at: wait.path, wait.range, LocalizedMessage(
            en: "step \"\(step)\" waits for \"\(wait.value.rawValue)\", but none of its actions leads to it"
                + (hint.isEmpty ? "" : "; run \(hint.joined(separator: " or "))"),
            zh: "步骤 \"\(step)\" 等待 \"\(wait.value.rawValue)\"，但其动作均不会产生该等待" + (hint.isEmpty ? "" : "；请执行 \(hint.joined(separator: " 或 "))")
        ))]
    }

    /// Actions whose signature waits for something the step (or option) does not declare.
    private func undeclared(_ actions: [ActionCall], waits: [WaitState?], in step: String) -> [Diagnostic] {
        actions.compactMap { action -> Diagnostic? in
            guard let wait = BuiltinActions.signature(action.name.value)?.wait, !waits.contains(wait) else { return nil }
            return diagnostic(at: action.name.path, action.name.range, LocalizedMessage(
                en: "action \"\(action.name.value)\" waits for \"\(wait.rawValue)\", but step \"\(step)\" has no \"wait: \(wait.rawValue)\"",
                zh: "动作 \"\(action.name.value)\" 会等待 \"\(wait.rawValue)\"，但步骤 \"\(step)\" 没有 \"wait: \(wait.rawValue)\""
            ))
        }
    }

    private static func waits(of action: String) -> Set<WaitState> {
        Set([BuiltinActions.signature(action)?.wait, alsoProduces[action]].compactMap { $0 })
    }
}
