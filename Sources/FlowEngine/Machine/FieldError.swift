public import FlowDiagnostics
public import FlowModel

/// A wrong answer: which field, and why, in both languages.
public struct FieldError: Error, Sendable, Hashable {
    public var field: String
    public var label: LocalizedText
    public var message: LocalizedMessage

    public init(field: String, label: LocalizedText, message: LocalizedMessage) {
        self.field = field
        self.label = label
        self.message = message
    }

    /// `企业名称 Company name: 不能为空 / is required`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: "\(label.zh)（\(field)）：\(message.zh)"
        case .en: "\(label.en) (\(field)): \(message.en)"
        }
    }
}
