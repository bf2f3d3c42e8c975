/// A message that exists in English and Chinese; both travel together so JSON output can carry both.
public struct LocalizedMessage: Hashable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in the requested language.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}
