import FlowDiagnostics
import FlowExpressions

/// A condition, or part of one, that is always true or always false: usually an option id
/// misspelt in a comparison, so a branch is never taken.
struct ConstantConditionRule: ExpressionRule {
    let id = "constant-condition"
    let issueKind = ExpressionIssue.Kind.constant
    let summary = LocalizedMessage(en: "conditions must be able to be both true and false", zh: "条件不能恒为真或恒为假")
    let severity = Severity.warning
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: verification
            choice:
              field: agent_method
              label: {zh: 认证方式, en: Method}
              options:
                - {id: agent_phone, label: {zh: 手机号认证, en: Phone}}
                - {id: agent_face, label: {zh: 刷脸认证, en: Face}}
            next:
              - {when: "agent_method == 'agent_face'", goto: done}
              - {when: "true", goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: verification
            choice:
              field: agent_method
              label: {zh: 认证方式, en: Method}
              options:
                - {id: agent_phone, label: {zh: 手机号认证, en: Phone}}
                - {id: agent_face, label: {zh: 刷脸认证, en: Face}}
            next:
                        ↓
              - {when: "agent_method == 'face'", goto: done}
                                                        ↓
              - {when: "agent_method in ['agent_phone', 'bank_card']", goto: done}
                        ↓
              - {when: "1 == 1", goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}
