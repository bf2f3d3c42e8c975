public import FlowDomain
public import FlowExpressions
import FlowDiagnostics

/// A typed value of an order: an answer or an action's output. Stored as JSON with its type,
/// so a money amount never comes back as a float and a date never as a string.
public enum OrderValue: Sendable, Hashable {
    case string(String)
    case int(Int64)
    case bool(Bool)
    case money(Money)
    case date(CivilDate)
    case list([OrderValue])

    /// The value as the expression language sees it.
    public var expressionValue: ExpressionValue {
        switch self {
        case let .string(value): .string(value)
        case let .int(value): .int(value)
        case let .bool(value): .bool(value)
        case let .money(value): .money(value)
        case let .date(value): .date(value)
        case let .list(values): .list(values.map(\.expressionValue))
        }
    }

    /// The value an expression produced, when an order can hold it.
    public init?(_ value: ExpressionValue) {
        switch value {
        case let .string(text): self = .string(text)
        case let .int(number): self = .int(number)
        case let .bool(flag): self = .bool(flag)
        case let .money(amount): self = .money(amount)
        case let .date(date): self = .date(date)
        case let .list(values):
            var converted: [OrderValue] = []
            for value in values {
                guard let element = OrderValue(value) else { return nil }
                converted.append(element)
            }
            self = .list(converted)
        case let .decimal(number):
            guard let fen = number.wholeFen else { return nil }
            self = .money(Money(fen: fen))
        case .null: return nil
        }
    }

    /// The value for people: `¥300.00`, `2026-11-25`, `是/yes`.
    public var display: String {
        switch self {
        case let .string(value): value
        case let .int(value): String(value)
        case let .bool(value): value ? "是 yes" : "否 no"
        case let .money(value): value.formatted
        case let .date(value): value.description
        case let .list(values): values.map(\.display).joined(separator: ", ")
        }
    }

    public var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }
}

extension OrderValue {
    /// The value stored as JSON text in the answers table, or nil when the text is not one.
    public init?(json: String) {
        guard let parsed = JSONScanner.parse(json) else { return nil }
        self.init(jsonValue: parsed)
    }

    /// The value as the JSON text the answers table stores: `{"string":"…"}`, `{"fen":30000}` …
    public var json: String {
        var output = ""
        appendJSON(to: &output)
        return output
    }

    /// Appends the value's JSON text: one member naming the type (`string`, `int`, `bool`, `fen`,
    /// `date` or `list`), compact, as `JSONWriter` writes it. Written straight out: every step
    /// stores its answers and outputs this way, and building a `JSONValue` first (a box for each
    /// member) cost more than the text.
    func appendJSON(to output: inout String) {
        switch self {
        case let .string(value):
            output += #"{"string":"#
            JSONWriter.appendQuoted(value, to: &output)
        case let .int(value):
            output += #"{"int":"#
            output += String(value)
        case let .bool(value):
            output += value ? #"{"bool":true"# : #"{"bool":false"#
        case let .money(value):
            output += #"{"fen":"#
            output += String(value.fen)
        case let .date(value):
            output += #"{"date":"#
            JSONWriter.appendQuoted(value.description, to: &output)
        case let .list(values):
            output += #"{"list":["#
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.appendJSON(to: &output)
            }
            output += "]"
        }
        output += "}"
    }

    init?(jsonValue: JSONValue) {
        guard case let .object(members) = jsonValue, members.count == 1, let (type, value) = members.first else { return nil }
        switch (type, value) {
        case let ("string", .string(text)): self = .string(text)
        case let ("int", .number(text)): guard let number = Int64(text) else { return nil }; self = .int(number)
        case let ("bool", .bool(flag)): self = .bool(flag)
        case let ("fen", .number(text)): guard let fen = Int64(text) else { return nil }; self = .money(Money(fen: fen))
        case let ("date", .string(text)): guard let date = CivilDate(iso8601: text) else { return nil }; self = .date(date)
        case let ("list", .array(elements)):
            var values: [OrderValue] = []
            for element in elements {
                guard let value = OrderValue(jsonValue: element) else { return nil }
                values.append(value)
            }
            self = .list(values)
        default: return nil
        }
    }

    /// A map of outputs (`{"price.amount":{"fen":75000}}`) as stored JSON text, keys sorted.
    static func json(_ values: [String: OrderValue]) -> String {
        JSONText.object(values) { value, output in value.appendJSON(to: &output) }
    }

    /// A stored map of outputs; members that are not values are left out.
    static func values(json: String) -> [String: OrderValue] {
        guard case let .object(members)? = JSONScanner.parse(json) else { return [:] }
        var values: [String: OrderValue] = [:]
        for (key, member) in members {
            if let value = OrderValue(jsonValue: member) { values[key] = value }
        }
        return values
    }
}
