import FlowDiagnostics
import FlowModel

/// A channel sets a flow setting to a value of the wrong type or outside its allowed values.
struct SettingValueRule: CompileRule {
    let issueKind = CompileIssue.Kind.settingValue
    let summary = LocalizedMessage(en: "a channel's setting values must fit the setting's type", zh: "渠道的参数取值必须符合参数类型")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
            settings: {invoice_optional: false}
        """),
        .channel(.fails, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
                                         ↓
            settings: {invoice_optional: "no"}
        """),
    ]
}
