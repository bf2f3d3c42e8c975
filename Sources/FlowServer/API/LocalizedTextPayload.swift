import FlowDiagnostics
import FlowModel

/// A label or a message in both languages, as the API and the pages show it.
public struct LocalizedTextPayload: Sendable, Codable, Equatable {
    public var zh: String
    public var en: String

    init(_ text: LocalizedText) {
        zh = text.zh
        en = text.en
    }

    init(_ message: LocalizedMessage) {
        zh = message.zh
        en = message.en
    }
}
