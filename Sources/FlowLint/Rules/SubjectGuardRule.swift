import FlowDiagnostics
import FlowModel
import FlowYAML

/// The open-order guard must fit the flow. `open-order: subject` needs `subject-field`, a field of
/// type `uscc`; a query flow creates no guarded order, so its guard is `none`; an application or
/// certificate-management flow with `open-order: none` lets a subject start a second order while
/// one is open (warning). A field that does not exist is left to the reference rules.
struct SubjectGuardRule: LintRule {
    let id = "subject-guard"
    let summary = LocalizedMessage(en: "the open-order guard must fit the flow", zh: "未完成订单约束必须与流程相符")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
                                                    ↓
        guard: {open-order: subject, subject-field: company}
        steps:
          - id: company
            title: {zh: 企业信息, en: Company}
            kind: form
            fields:
              - {id: company, label: {zh: 企业名称, en: Company name}, type: text}
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 订单查询, en: Order query}
        category: query
        media: [ukey, cloud]
                            ↓
        guard: {open-order: subject}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.compactMap { flow -> Diagnostic? in
            let (open, name) = (flow.guardRule.openOrder, flow.id.value)
            // Without a written `open-order` the decoder's placeholder is `none`; `missing-key` reports it.
            guard context.flowRoot(at: flow.id.path)?["guard"]?["open-order"] != nil else { return nil }
            if flow.category.value == .query {
                guard open.value != .none else { return nil }
                return diagnostic(at: open.path, open.range, LocalizedMessage(
                    en: "query flow \"\(name)\" has \"open-order: \(open.value.rawValue)\"; query flows create no guarded order, so use \"none\"",
                    zh: "查询流程 \"\(name)\" 的约束为 \"open-order: \(open.value.rawValue)\"；查询流程不创建受约束的订单，请使用 \"none\""
                ))
            }
            switch open.value {
            case .subject:
                guard let field = flow.guardRule.subjectField else {
                    return diagnostic(at: open.path, open.range, LocalizedMessage(
                        en: "\"open-order: subject\" needs \"subject-field\", the field holding the subject's USCC",
                        zh: "\"open-order: subject\" 需要 \"subject-field\"，即保存主体统一社会信用代码的字段"
                    ))
                }
                guard let type = flow.allFields.first(where: { $0.id.value == field.value })?.type.value, type != .uscc else { return nil }
                return diagnostic(at: field.path, field.range, LocalizedMessage(
                    en: "subject field \"\(field.value)\" has type \"\(type.rawValue)\"; the subject guard compares USCCs, so it needs a field of type \"uscc\"",
                    zh: "主体字段 \"\(field.value)\" 的类型为 \"\(type.rawValue)\"；主体约束按统一社会信用代码比较，需要类型为 \"uscc\" 的字段"
                ))
            case .none where flow.category.value == .application || flow.category.value == .certificateManagement:
                return warningDiagnostic(at: open.path, open.range, LocalizedMessage(
                    en: "\(flow.category.value.rawValue) flow \"\(name)\" has \"open-order: none\", so a subject may start a second order while one is open; "
                        + "use \"subject\" or \"certificate\"",
                    zh: "\(flow.category.value.rawValue) 流程 \"\(name)\" 的约束为 \"open-order: none\"，主体可在已有未完成订单时再次办理；请使用 \"subject\" 或 \"certificate\""
                ))
            default:
                return nil
            }
        }
    }
}
