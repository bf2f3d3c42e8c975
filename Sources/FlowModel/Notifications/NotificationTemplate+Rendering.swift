/// A message made from a template: Chinese first, then English, as every message of the project.
public struct RenderedMessage: Sendable, Hashable {
    /// The e-mail's subject; nil for an SMS.
    public var subject: String?
    public var body: String

    public init(subject: String?, body: String) {
        self.subject = subject
        self.body = body
    }
}

extension NotificationTemplate {
    /// The message for `kind` with the placeholders filled in from `values` (each in both
    /// languages); nil when the template has no text for `kind`.
    public func render(_ kind: NotificationChannelKind, _ values: [String: LocalizedText]) throws(TemplateText.Problem) -> RenderedMessage? {
        let zh = values.mapValues(\.zh)
        let en = values.mapValues(\.en)
        switch kind {
        case .sms:
            guard let sms else { return nil }
            return RenderedMessage(
                subject: nil, body: try TemplateText.fill(sms.value.zh, zh) + "\n" + (try TemplateText.fill(sms.value.en, en)))
        case .email:
            guard let emailSubject, let emailBody else { return nil }
            return RenderedMessage(
                subject: try TemplateText.fill(emailSubject.value.zh, zh) + " / " + (try TemplateText.fill(emailSubject.value.en, en)),
                body: Self.trimmed(try TemplateText.fill(emailBody.value.zh, zh)) + "\n\n"
                    + Self.trimmed(try TemplateText.fill(emailBody.value.en, en)) + "\n")
        }
    }

    private static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while result.last?.isNewline == true { result.removeLast() }
        return String(result)
    }
}
