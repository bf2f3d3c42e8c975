import FlowDiagnostics
import FlowExpressions

/// An expression reads a field (or action output) that only a later step defines, so it has no
/// value yet. A step's own `when` is decided before the step is shown: it cannot read the step's
/// own fields either.
struct FieldBeforeDefinitionRule: ExpressionRule {
    let id = "field-before-definition"
    let issueKind = ExpressionIssue.Kind.notYetDefined
    let summary = LocalizedMessage(en: "expressions must not read fields before a step defines them", zh: "表达式不能读取尚未定义的字段")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.passes, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
              - {id: wants_invoice, label: {zh: 需要发票, en: Invoice wanted}, type: bool}
              - {id: invoice_email, label: {zh: 发票邮箱, en: Invoice e-mail}, type: email, when: wants_invoice}
            next: invoice
          - id: invoice
            title: {zh: 发票, en: Invoice}
            kind: form
            when: wants_invoice
            fields:
              - {id: invoice_note, label: {zh: 备注, en: Note}, type: text, required: false}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .steps(.fails, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            fields:
                                                                                              ↓
              - {id: invoice_email, label: {zh: 发票邮箱, en: Invoice e-mail}, type: email, when: wants_invoice}
            next: invoice
          - id: invoice
            title: {zh: 发票, en: Invoice}
            kind: form
                  ↓
            when: wants_invoice
            fields:
              - {id: wants_invoice, label: {zh: 需要发票, en: Invoice wanted}, type: bool}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]
}
