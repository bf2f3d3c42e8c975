import FlowDiagnostics
import FlowModel

/// A value of the wrong kind: a list where a mapping belongs, a string where a number does.
struct WrongTypeRule: SchemaRule {
    let issueKind = SchemaIssue.Kind.wrongType
    let summary = LocalizedMessage(en: "values must have the type their key expects", zh: "值的类型必须与键的要求一致")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
               ↓
        media: ukey
        guard: {open-order: none}
        steps:
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
                  ↓
            back: "no"
        """),
    ]
}
