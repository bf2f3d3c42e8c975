/// A text in Chinese and English, as operators write it: `{zh: 企业认证, en: Enterprise verification}`.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}
