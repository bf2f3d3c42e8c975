import FlowDiagnostics
import FlowModel

/// A message in both languages.
public struct MessagePayload: Sendable, Codable, Equatable {
    public var zh: String
    public var en: String

    init(_ message: LocalizedMessage) {
        zh = message.zh
        en = message.en
    }
}

/// A label in both languages.
public struct LocalizedTextPayload: Sendable, Codable, Equatable {
    public var zh: String
    public var en: String

    init(_ text: LocalizedText) {
        zh = text.zh
        en = text.en
    }
}
