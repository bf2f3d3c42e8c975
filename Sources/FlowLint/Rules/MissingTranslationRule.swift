import FlowDiagnostics
import FlowModel

/// Every label, title and name is shown in Chinese and English: both must be written.
struct MissingTranslationRule: SchemaRule {
    let issueKind = SchemaIssue.Kind.missingTranslation
    let summary = LocalizedMessage(en: "texts must be given in Chinese (zh) and English (en)", zh: "文本必须同时提供中文（zh）和英文（en）")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
        flow: demo
               ↓
        title: {zh: 示例}
        category: application
        media: [ukey]
        guard: {open-order: none}
        steps:
          - id: done
                                ↓
            title: {zh: 完成, en: ""}
            kind: terminal
        """),
    ]
}
