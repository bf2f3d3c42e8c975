import FlowDiagnostics
import FlowModel

/// A notification goes out to an applicant as written: each `{placeholder}` must be one its event
/// fills in (the order, the company, the flow, the masked mobile, and the event's own facts), and a
/// `{` must open one; one file per event.
struct TemplatePlaceholderRule: TemplateRule {
    let issueKind = TemplateIssue.Kind.templatePlaceholder
    let summary = LocalizedMessage(
        en: "notification templates may use only the placeholders their event provides",
        zh: "通知模板只能使用其事件提供的占位符")
    let severity = Severity.error
    let examples: [RuleExample] = [
        RuleExample(.passes, files: [("Templates/payment_received.yaml", """
        template: payment_received
        sms: {zh: "订单 {order} 已收到付款 {amount}。", en: "Payment of {amount} received for order {order}."}
        email:
          subject: {zh: "订单 {order} 已付款", en: "Order {order}: payment received"}
          body: {zh: "{company}：已收到 {amount}。", en: "{company}: {amount} received."}
        """)]),
        RuleExample(.fails, files: [("Templates/approved.yaml", """
        template: approved
                                     ↓
        sms: {zh: "订单 {order} 已通过，金额 {amount}。", en: "Order {order} approved."}
        email:
                            ↓
          subject: {zh: "订单 {order 已通过", en: "Order {order} approved"}
          body: {zh: "{company}：已通过。", en: "{company}: approved."}
        """)]),
    ]
}
