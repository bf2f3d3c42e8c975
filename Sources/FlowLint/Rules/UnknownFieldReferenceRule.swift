import FlowDiagnostics
import FlowModel

/// A field id written outside an expression that the flow does not define: the subject guard's
/// field, the invoice's title, tax number and e-mail fields, a field's `prefill`, and the source of
/// a verification option's `prefill`.
struct UnknownFieldReferenceRule: LintRule {
    let id = "unknown-field-reference"
    let summary = LocalizedMessage(en: "fields referred to must be defined by the flow", zh: "引用的字段必须在流程中定义")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.passes, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: subject, subject-field: uscc}
        invoice: {mode: optional, title-field: company_name, tax-number-field: uscc, email-field: invoice_email}
        steps:
          - id: company
            title: {zh: 企业信息, en: Company}
            kind: verification
            fields:
              - {id: company_name, label: {zh: 企业名称, en: Company name}, type: text}
              - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}
              - {id: legal_rep_name, label: {zh: 法定代表人, en: Legal representative}, type: text}
            choice:
              field: agent_method
              label: {zh: 认证方式, en: Method}
              options:
                - id: legal_rep_self
                  label: {zh: 法定代表人自办, en: In person}
                  prefill: {agent_name: legal_rep_name}
                - id: agent_phone
                  label: {zh: 经办人手机号认证, en: Agent phone}
                  fields: [{id: agent_name, label: {zh: 经办人姓名, en: Agent name}, type: text}]
            next: invoice
          - id: invoice
            title: {zh: 发票, en: Invoice}
            kind: form
            fields:
              - {id: invoice_title, label: {zh: 发票抬头, en: Invoice title}, type: text, prefill: company_name}
              - {id: invoice_email, label: {zh: 发票邮箱, en: Invoice e-mail}, type: email, prefill: {field: agent_name}}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
                                                    ↓
        guard: {open-order: subject, subject-field: usc}
                                               ↓
        invoice: {mode: optional, title-field: company, tax-number-field: uscc, email-field: invoice_email}
        steps:
          - id: company
            title: {zh: 企业信息, en: Company}
            kind: verification
            fields:
              - {id: company_name, label: {zh: 企业名称, en: Company name}, type: text}
              - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}
              - {id: legal_rep_name, label: {zh: 法定代表人, en: Legal representative}, type: text}
            choice:
              field: agent_method
              label: {zh: 认证方式, en: Method}
              options:
                - id: legal_rep_self
                  label: {zh: 法定代表人自办, en: In person}
                                        ↓
                  prefill: {agent_name: legal_rep}
                - id: agent_phone
                  label: {zh: 经办人手机号认证, en: Agent phone}
                  fields: [{id: agent_name, label: {zh: 经办人姓名, en: Agent name}, type: text}]
            next: invoice
          - id: invoice
            title: {zh: 发票, en: Invoice}
            kind: form
            fields:
                                                                                               ↓
              - {id: invoice_title, label: {zh: 发票抬头, en: Invoice title}, type: text, prefill: compnay_name}
                                                                                                         ↓
              - {id: invoice_email, label: {zh: 发票邮箱, en: Invoice e-mail}, type: email, prefill: {field: agent_email}}
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow in
            let known = Set(flow.allFields.map(\.id.value) + flow.steps.compactMap(\.choice?.field.value))
            return references(in: flow).compactMap { reference -> Diagnostic? in
                guard !reference.value.isEmpty, !known.contains(reference.value) else { return nil }
                return diagnostic(at: reference.path, reference.range, Alternatives.message(
                    found: reference.value, expected: Array(known), what: LocalizedMessage(en: "field", zh: "字段"),
                    unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")
                ))
            }
        }
    }

    /// Every field id the flow names outside expressions.
    private func references(in flow: Flow) -> [Located<String>] {
        var found = [flow.guardRule.subjectField].compactMap { $0 }
        if let invoice = flow.invoice { found += [invoice.titleField, invoice.taxNumberField, invoice.emailField] }
        for field in flow.allFields {
            if let prefill = field.prefill, case let .field(source) = prefill.value {
                found.append(Located(source, path: prefill.path, range: prefill.range))
            }
        }
        found += flow.steps.flatMap { $0.choice?.options.flatMap(\.prefill) ?? [] }.map(\.source)
        return found
    }
}
