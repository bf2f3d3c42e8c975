import FlowDiagnostics
import FlowModel

/// A channel changes a step, field, material, option, product or setting its flow does not have.
struct OverlayUnknownTargetRule: CompileRule {
    let issueKind = CompileIssue.Kind.unknownTarget
    let summary = LocalizedMessage(
        en: "a channel may change only steps, fields, materials, options, products and settings its flow has",
        zh: "渠道只能修改流程中已有的步骤、字段、资料、方式、商品和参数"
    )
    let severity = Severity.error
    let examples: [RuleExample] = [
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
            materials: {licence: {required: false}}
            choices: {agent_method: [agent_face]}
        """),
        .channel(.fails, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
                        ↓
            materials: {license: {required: false}}
                                     ↓
            choices: {agent_method: [agent_fax]}
            steps:
              ↓
              payment: {title: {zh: 支付, en: Pay}}
        """),
    ]
}
