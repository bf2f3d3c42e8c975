public import FlowDomain

/// A value an expression reads or produces at run time.
///
/// Choice (enum) values are plain `.string`s: the enumeration is a static restriction only.
public enum ExpressionValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(Int64)
    /// An exact decimal; see ``DecimalValue`` for why not `Double`.
    case decimal(DecimalValue)
    case money(Money)
    case string(String)
    case date(CivilDate)
    case list([ExpressionValue])
    /// An absent optional value.
    case null

    /// The value in the language's own notation: `true`, `3`, `0.5`, `¥300.00`, `"text"`,
    /// `2026-01-31`, `["a", "b"]`, `null`.
    public var description: String {
        switch self {
        case let .bool(value): String(value)
        case let .int(value): String(value)
        case let .decimal(value): value.description
        case let .money(value): value.formatted
        case let .string(value): Self.literal(value)
        case let .date(value): value.description
        case let .list(values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .null: "null"
        }
    }

    /// The name of the value's kind for messages: `int`, `string`, `list`.
    var kindName: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .decimal: "decimal"
        case .money: "money"
        case .string: "string"
        case .date: "date"
        case .list: "list"
        case .null: "null"
        }
    }

    /// The number as an exact decimal, when the value is an `int` or a `decimal`.
    var number: DecimalValue? {
        switch self {
        case let .int(value): DecimalValue(value)
        case let .decimal(value): value
        default: nil
        }
    }

    /// A double-quoted string literal that parses back to `text`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
