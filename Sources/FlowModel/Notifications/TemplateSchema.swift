import FlowDiagnostics

/// The schema of a notification template file (`Templates/<event>.yaml`).
public enum TemplateSchema {
    private typealias P = ObjectSchema.Property
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    /// The whole template file.
    public static let file = ObjectSchema(
        name: "template", summary: text("One event's SMS and e-mail, in Chinese and English.", "一个事件的短信与邮件（中英文）。"),
        properties: [
            P("template", .word(NotificationEvent.allCases.map(\.rawValue).sorted()), required: true,
              text("The event the messages are for.", "消息对应的事件。")),
            P("sms", .localized, required: true, text("The text message.", "短信正文。")),
            P("email", .object(emailSchema), required: true, text("The e-mail.", "邮件。")),
        ])

    static let emailSchema = ObjectSchema(name: "email", summary: text("The e-mail.", "邮件。"), properties: [
        P("subject", .localized, required: true, text("The subject line.", "邮件主题。")),
        P("body", .localized, required: true, text("The plain-text body.", "纯文本正文。")),
    ])
}
