/// The static type of an expression or of a value a scope provides.
///
/// Whether a value may be absent is not part of the type: the scope says so with
/// ``ExpressionResolution/value(_:optional:)`` and the checker tracks it alongside.
public indirect enum ExpressionType: Sendable, Hashable, CustomStringConvertible {
    case bool
    /// A signed 64-bit integer.
    case int
    /// An exact decimal number (see ``DecimalValue``).
    case decimal
    /// An amount of renminbi in fen; a number literal next to it is read as yuan.
    case money
    case string
    /// A string restricted to the given values (a choice field, say); usable wherever a string is.
    case enumeration(Set<String>)
    case date
    /// A list whose elements all have the given type; `list(null)` is the empty list literal.
    case list(ExpressionType)
    /// The type of the `null` literal.
    case null

    /// The type as written in messages: `int`, `enum("a", "b")`, `list(string)`.
    public var description: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .decimal: "decimal"
        case .money: "money"
        case .string: "string"
        case let .enumeration(values):
            "enum(" + values.sorted().map { Wording.quoted($0) }.joined(separator: ", ") + ")"
        case .date: "date"
        case let .list(element): "list(\(element))"
        case .null: "null"
        }
    }

    /// Whether the type is `int` or `decimal`.
    var isNumber: Bool { self == .int || self == .decimal }

    /// Whether the type is `string` or an enumeration.
    var isText: Bool {
        switch self {
        case .string, .enumeration: true
        default: false
        }
    }

    /// The allowed values when the type is an enumeration.
    var enumerationValues: Set<String>? {
        if case let .enumeration(values) = self { return values }
        return nil
    }

    /// The element type when the type is a list.
    var elementType: ExpressionType? {
        if case let .list(element) = self { return element }
        return nil
    }
}
