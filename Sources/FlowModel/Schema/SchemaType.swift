public import FlowDiagnostics

/// The shape a YAML value must have, described once and used three ways: to check files
/// (unknown keys, missing keys, wrong types), to decode them, and to generate a JSON Schema.
public indirect enum SchemaType: Sendable {
    /// Any string; `pattern` (a regular-expression source, for the JSON Schema) and `check` constrain it.
    case string(StringFormat)
    case integer(minimum: Int?, maximum: Int?)
    /// A decimal amount of money in yuan, written as a string or a number ("300.00", 300).
    case money
    case boolean
    /// One of fixed words.
    case word([String])
    /// A mapping with `zh` and `en` texts.
    case localized
    /// An expression of the flow expression language, written as a string.
    case expression
    case list(SchemaType)
    case object(ObjectSchema)
    /// A mapping from ids to values of one type (`steps: {id: {...}}`-style overlays).
    case dictionary(SchemaType)
    /// The first alternative whose YAML kind matches the value (a string or an object, say).
    case either([SchemaType])
    /// Anything; checked by the typed decoder.
    case any

    /// The kinds of string values.
    public enum StringFormat: Sendable {
        case text
        /// A `snake_case` identifier.
        case identifier
        /// A `YYYY-MM-DD` date.
        case date
    }

    /// What a value of this type is called in messages.
    public var name: LocalizedMessage {
        switch self {
        case .string(.identifier): LocalizedMessage(en: "an identifier", zh: "标识符")
        case .string(.date): LocalizedMessage(en: "a date (YYYY-MM-DD)", zh: "日期（YYYY-MM-DD）")
        case .string: LocalizedMessage(en: "a string", zh: "字符串")
        case .integer: LocalizedMessage(en: "an integer", zh: "整数")
        case .money: LocalizedMessage(en: "an amount in yuan", zh: "金额（元）")
        case .boolean: LocalizedMessage(en: "true or false", zh: "true 或 false")
        case let .word(words):
            LocalizedMessage(
                en: "one of " + words.sorted().map { "\"\($0)\"" }.joined(separator: ", "),
                zh: "以下之一：" + words.sorted().map { "\"\($0)\"" }.joined(separator: "、")
            )
        case .localized: LocalizedMessage(en: "a mapping with \"zh\" and \"en\" texts", zh: "包含 \"zh\" 与 \"en\" 文本的映射")
        case .expression: LocalizedMessage(en: "an expression", zh: "表达式")
        case .list: LocalizedMessage(en: "a list", zh: "列表")
        case .object, .dictionary: LocalizedMessage(en: "a mapping", zh: "映射")
        case let .either(types):
            LocalizedMessage(
                en: types.map(\.name.en).joined(separator: " or "),
                zh: types.map(\.name.zh).joined(separator: "或")
            )
        case .any: LocalizedMessage(en: "a value", zh: "值")
        }
    }
}

/// A mapping with named properties; keys outside `properties` are errors. A class: every mapping
/// a decoder or the schema check reads takes its schema along, and a reference is one count.
public final class ObjectSchema: Sendable {
    public let name: String
    public let summary: LocalizedMessage
    public let properties: [Property]

    /// One key of a mapping.
    public struct Property: Sendable {
        public var key: String
        public var type: SchemaType
        public var required: Bool
        public var summary: LocalizedMessage

        public init(_ key: String, _ type: SchemaType, required: Bool = false, _ summary: LocalizedMessage) {
            self.key = key
            self.type = type
            self.required = required
            self.summary = summary
        }
    }

    /// Property key → position in `properties`, so checking a key is one lookup.
    let positions: PropertyKeyIndex

    public init(name: String, summary: LocalizedMessage, properties: [Property]) {
        self.name = name
        self.summary = summary
        self.properties = properties
        positions = PropertyKeyIndex(properties.map(\.key))
    }

    /// The property named `key`, if the schema has one.
    public func property(_ key: String) -> Property? {
        positions.position(of: key).map { properties[$0] }
    }
}
