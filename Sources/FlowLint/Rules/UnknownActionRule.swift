import FlowDiagnostics
import FlowModel

/// `run:` names an action that is not built in.
struct UnknownActionRule: LintRule {
    let id = "unknown-action"
    let summary = LocalizedMessage(en: "steps must run built-in actions", zh: "步骤只能执行内置动作")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: verification
            fields:
              - {id: name, label: {zh: 姓名, en: Name}, type: text}
              - {id: id_number, label: {zh: 身份证号, en: ID number}, type: resident-id}
            actions:
              - run: verify_person
                with: {method: "'face'", name: name, id_number: id_number}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
            actions: [{run: notify, with: {event: "'done'"}}]
        """),
        .steps(.fails, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: verification
            fields:
              - {id: name, label: {zh: 姓名, en: Name}, type: text}
              - {id: id_number, label: {zh: 身份证号, en: ID number}, type: resident-id}
            actions:
                     ↓
              - run: verify_persn
                with: {method: "'face'", name: name, id_number: id_number}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
                            ↓
            actions: [{run: send_email, with: {event: "'done'"}}]
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        let known = BuiltinActions.all.map(\.name)
        return context.flows.flatMap(\.steps).flatMap(\.allActions).compactMap { action -> Diagnostic? in
            guard BuiltinActions.signature(action.name.value) == nil else { return nil }
            return diagnostic(at: action.name.path, action.name.range, Alternatives.message(
                found: action.name.value, expected: known, what: LocalizedMessage(en: "action", zh: "动作"),
                unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")
            ))
        }
    }
}
