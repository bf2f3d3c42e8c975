import FlowDomain
import FlowModel

/// A thing of a definition as named attributes, each written as text: two of them compare
/// attribute by attribute, and what differs is what an operator reads.
struct Facets {
    var summary: String
    var attributes: [(String, String)]

    init(summary: String, _ attributes: [(String, String?)]) {
        self.summary = summary
        self.attributes = attributes.compactMap { name, value in value.map { (name, $0) } }
    }
}

/// The texts facets are made of.
enum FacetText {
    static func text(_ text: LocalizedText) -> String { "\(text.zh) · \(text.en)" }

    static func yuan(_ fen: Int64) -> String { Money(fen: fen).yuanString }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ", ") }

    /// A literal; digits that could be personal data are masked.
    static func scalar(_ value: ScalarValue) -> String {
        switch value {
        case let .string(text): "\"\(Masking.identifiers(in: text))\""
        case let .int(number): String(number)
        case let .decimal(text): text
        case let .bool(flag): flag ? "true" : "false"
        }
    }

    static func requirement(_ requirement: Requirement) -> String {
        switch requirement {
        case .always: "always"
        case .never: "never"
        case let .when(condition): "when \(condition.value)"
        }
    }

    static func validator(_ validator: Validator) -> String {
        switch validator {
        case let .pattern(pattern): "pattern /\(pattern)/"
        case let .length(min, max): "length \(min.map(String.init) ?? "")–\(max.map(String.init) ?? "")"
        case let .range(min, max): "range \(min ?? "")–\(max ?? "")"
        case .domain, .accepted: validator.name
        }
    }

    static func transitions(_ next: [Transition]) -> String? {
        guard !next.isEmpty else { return nil }
        if next.count == 1, next[0].when == nil { return next[0].target.value }
        return next.map { transition in
            (transition.when.map { "when \($0.value) → " } ?? "otherwise → ") + transition.target.value
        }.joined(separator: "; ")
    }

    static func actions(_ actions: [ActionCall]) -> String? {
        list(actions.map { call in
            var text = call.name.value + "(" + call.arguments.map { "\($0.name.value): \($0.expression.value)" }.joined(separator: ", ") + ")"
            if call.timing.value == .enter { text += " on enter" }
            if let condition = call.when?.value { text += " when \(condition)" }
            return text
        })
    }

    static func prefill(_ prefill: Prefill) -> String {
        switch prefill {
        case let .field(source): "field \(source)"
        case let .value(source): "value \(source)"
        }
    }
}
