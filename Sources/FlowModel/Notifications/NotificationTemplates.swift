/// The templates of a project, by event.
public struct NotificationTemplates: Sendable {
    private let byEvent: [NotificationEvent: NotificationTemplate]

    /// The templates whose event is known; of two for one event, the first (lint reports the second).
    public init(_ templates: [NotificationTemplate]) {
        var byEvent: [NotificationEvent: NotificationTemplate] = [:]
        for template in templates {
            guard let event = NotificationEvent(rawValue: template.event.value), byEvent[event] == nil else { continue }
            byEvent[event] = template
        }
        self.byEvent = byEvent
    }

    public subscript(event: NotificationEvent) -> NotificationTemplate? {
        byEvent[event]
    }
}

extension LocalizedText {
    /// A value that reads the same in both languages (an order number, an amount).
    public static func same(_ text: String) -> LocalizedText {
        LocalizedText(zh: text, en: text)
    }
}
