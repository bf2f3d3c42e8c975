import FlowDiagnostics
import FlowExpressions

/// An expression reads a name that no field, choice, action output or setting defines: usually
/// a typo, or an action output whose action no step runs.
struct UnknownNameRule: ExpressionRule {
    let id = "unknown-name"
    let issueKind = ExpressionIssue.Kind.unknownName
    let summary = LocalizedMessage(en: "expressions must read names the flow defines", zh: "表达式只能读取流程中定义的名称")
    let severity = Severity.error
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
              - {when: "agent_method == 'agent_face' and days_until(today()) == 0", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        invoice:
          mode: optional
                 ↓
          when: "price.amount > 0"
          title-field: agent_name
          tax-number-field: agent_name
          email-field: agent_name
        steps:
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: verification
            fields:
              - {id: agent_name, label: {zh: 姓名, en: Name}, type: text}
            choice:
              field: agent_method
              label: {zh: 认证方式, en: Method}
              options:
                - {id: agent_phone, label: {zh: 手机号认证, en: Phone}}
                - {id: agent_face, label: {zh: 刷脸认证, en: Face}}
            next:
                        ↓                                          ↓
              - {when: "agent_metod == 'agent_face' and days_until(today) == 0", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}
