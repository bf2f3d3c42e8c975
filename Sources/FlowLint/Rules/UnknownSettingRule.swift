import FlowDiagnostics
import FlowExpressions

/// `channel.x` where the flow declares no setting `x`, or `certificate.x` (or another action's
/// outputs) with no attribute `x`.
struct UnknownSettingRule: ExpressionRule {
    let id = "unknown-setting"
    let issueKind = ExpressionIssue.Kind.unknownSetting
    let summary = LocalizedMessage(en: "channel settings and attributes read in expressions must exist", zh: "表达式读取的渠道设置和属性必须存在")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.passes, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: certificate-management
        media: [ukey]
        entry: ukey-pin
        guard: {open-order: certificate}
        settings:
          invoice_optional: {type: bool, default: true, label: {zh: 可不开发票, en: Invoice optional}}
        steps:
          - id: read
            title: {zh: 读取 UKEY, en: Read the UKEY}
            kind: ukey
            actions: [{run: read_ukey}]
            fields:
              - {id: company, label: {zh: 单位, en: Company}, type: text, prefill: {value: certificate.organization}}
              - {id: invoice, label: {zh: 发票, en: Invoice}, type: bool, when: "channel.invoice_optional"}
            next:
              - {when: "certificate.days_to_expiry < 30", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: certificate-management
        media: [ukey]
        entry: ukey-pin
        guard: {open-order: certificate}
        settings:
          invoice_optional: {type: bool, default: true, label: {zh: 可不开发票, en: Invoice optional}}
        steps:
          - id: read
            title: {zh: 读取 UKEY, en: Read the UKEY}
            kind: ukey
            actions: [{run: read_ukey}]
            fields:
              - {id: company, label: {zh: 单位, en: Company}, type: text, prefill: {value: certificate.organization}}
                                                                               ↓
              - {id: invoice, label: {zh: 发票, en: Invoice}, type: bool, when: "channel.invoice_optinal"}
            next:
                        ↓
              - {when: "certificate.days_to_expire < 30", goto: done}
              - {goto: done}
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}
