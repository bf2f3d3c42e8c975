/// One event's messages as written in `Templates/<event>.yaml`: the SMS text and the e-mail's
/// subject and body, each in Chinese and English, with `{placeholder}`s.
///
/// ```yaml
/// template: approved
/// sms: {zh: "您的订单 {order} 已审核通过。", en: "Order {order} has been approved."}
/// email:
///   subject: {zh: 订单 {order} 审核通过, en: Order {order} approved}
///   body: {zh: …, en: …}
/// ```
public struct NotificationTemplate: Sendable, Hashable {
    public var event: Located<String>
    public var sms: Located<LocalizedText>?
    public var emailSubject: Located<LocalizedText>?
    public var emailBody: Located<LocalizedText>?

    public init(
        event: Located<String>, sms: Located<LocalizedText>?, emailSubject: Located<LocalizedText>?,
        emailBody: Located<LocalizedText>?
    ) {
        self.event = event
        self.sms = sms
        self.emailSubject = emailSubject
        self.emailBody = emailBody
    }
}
