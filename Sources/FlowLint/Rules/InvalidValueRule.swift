import FlowDiagnostics
import FlowModel

/// A value outside what its key allows: an unknown word, an id that is not snake_case, a number
/// out of range, an amount with three decimals.
struct InvalidValueRule: SchemaRule {
    let issueKind = SchemaIssue.Kind.invalidValue
    let summary = LocalizedMessage(en: "values must be among those their key allows", zh: "值必须在键允许的范围内")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
                  ↓
        category: aplication
        media: [ukey]
        guard: {open-order: none}
        steps:
                ↓
          - id: Done-Step
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}
