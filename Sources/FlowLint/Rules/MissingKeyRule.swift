import FlowDiagnostics
import FlowModel

/// A required key is missing: a step without a title, a field without a type …
struct MissingKeyRule: SchemaRule {
    let issueKind = SchemaIssue.Kind.missingKey
    let summary = LocalizedMessage(en: "required keys must be present", zh: "必填的键不能缺少")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
            ↓
          - id: done
            kind: terminal
        """),
    ]
}
