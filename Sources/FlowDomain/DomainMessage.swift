/// A user-facing message in Chinese and English.
///
/// Messages built by this module are fixed texts: they name the field and the rule, never
/// the value, because rejections end up in logs.
public struct DomainMessage: Sendable, Hashable, CustomStringConvertible {
    /// The Chinese text, shown first in the product.
    public let zh: String
    /// The English text.
    public let en: String

    /// Creates a message from its two texts.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// Both texts, Chinese first, for logs and diagnostics.
    public var description: String { "\(zh) / \(en)" }
}
