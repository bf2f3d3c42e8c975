import FlowDiagnostics
import FlowModel

/// A channel enables a process no flow file defines.
struct UnknownFlowRule: CompileRule {
    let issueKind = CompileIssue.Kind.unknownFlow
    let summary = LocalizedMessage(en: "a channel may enable only flows that exist", zh: "渠道只能启用已存在的流程")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo: {}
        """),
        .channel(.fails, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          ↓
          dmeo: {}
        """),
    ]
}
