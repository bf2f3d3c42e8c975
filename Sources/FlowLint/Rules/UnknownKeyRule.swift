import FlowDiagnostics
import FlowModel

/// A key the flow or channel language does not have: a typo, or a setting in the wrong place.
struct UnknownKeyRule: SchemaRule {
    let issueKind = SchemaIssue.Kind.unknownKey
    let summary = LocalizedMessage(
        en: "every key must be one the flow or channel language defines",
        zh: "每个键都必须是流程或渠道语言中定义的键"
    )
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        ↓
        gaurd: {open-order: none}
        steps:
          - id: done
            title: {zh: 完成, en: Done}
            ↓
            knd: terminal
        """),
    ]
}
