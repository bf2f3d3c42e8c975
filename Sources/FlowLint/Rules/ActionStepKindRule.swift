import FlowDiagnostics
import FlowModel

/// An action that belongs in certain kinds of step run in another: `pay` outside a payment step,
/// `read_ukey` outside a UKEY step. The step's kind decides what the applicant sees and what the
/// order waits for, so such an action cannot work there.
struct ActionStepKindRule: LintRule {
    let id = "action-step-kind"
    let summary = LocalizedMessage(en: "actions must run in the kinds of step they belong in", zh: "动作只能在其适用的步骤类型中执行")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: payment
            title: {zh: 支付, en: Payment}
            kind: payment
            actions:
              - run: pay
                with: {amount: "300", method: "'alipay'"}
            wait: payment
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
            actions: [{run: write_certificate}]
        """),
        .steps(.fails, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            actions:
                     ↓
              - run: pay
                with: {amount: "300", method: "'alipay'"}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
                            ↓
            actions: [{run: read_ukey}]
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap(\.steps).flatMap { step in
            step.allActions.compactMap { action -> Diagnostic? in
                guard let signature = BuiltinActions.signature(action.name.value), !signature.stepKinds.isEmpty,
                      !signature.stepKinds.contains(step.kind.value) else { return nil }
                let kinds = signature.stepKinds.map { "\"\($0.rawValue)\"" }.sorted()
                let (en, zh) = (kinds.joined(separator: " or "), kinds.joined(separator: " 或 "))
                let stepKind = "\"\(step.kind.value.rawValue)\""
                return diagnostic(at: action.name.path, action.name.range, LocalizedMessage(
                    en: "action \"\(signature.name)\" runs only in a \(en) step, not in \(stepKind) step \"\(step.id.value)\"",
                    zh: "动作 \"\(signature.name)\" 只能在 \(zh) 类型的步骤中执行，不能在 \(stepKind) 类型的步骤 \"\(step.id.value)\" 中执行"
                ))
            }
        }
    }
}
