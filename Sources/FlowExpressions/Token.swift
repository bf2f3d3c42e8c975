internal import FlowDiagnostics

/// One lexical unit of an expression.
struct Token: Sendable, Equatable {
    var kind: Kind
    var range: SourceRange

    enum Kind: Sendable, Equatable {
        case integer(Int64)
        case decimal(DecimalValue)
        case string(String)
        /// A lowercase snake_case name that is not a keyword.
        case name(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    /// Words the language reserves; none can be a field id.
    enum Keyword: String, Sendable, CaseIterable {
        case and, or, not, `in`, `true`, `false`, null
    }

    enum Symbol: String, Sendable, CaseIterable {
        case leftParen = "("
        case rightParen = ")"
        case leftBracket = "["
        case rightBracket = "]"
        case comma = ","
        case dot = "."
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case plus = "+"
        case minus = "-"
    }

    /// How a parse error names the token it found: `"and"`, `number 3`, `string "b"`,
    /// `end of expression`.
    var found: (en: String, zh: String) {
        switch kind {
        case let .integer(value): ("number \(value)", "数字 \(value)")
        case let .decimal(value): ("number \(value)", "数字 \(value)")
        case let .string(value):
            ("string \(Wording.quoted(value))", "字符串 \(Wording.quoted(value))")
        case let .name(name): (Wording.quoted(name), Wording.quoted(name))
        case let .keyword(keyword): (Wording.quoted(keyword.rawValue), Wording.quoted(keyword.rawValue))
        case let .symbol(symbol): (Wording.quoted(symbol.rawValue), Wording.quoted(symbol.rawValue))
        case .end: ("end of expression", "表达式结尾")
        }
    }

    /// The comparison operator the token spells, if any (`not in` takes two tokens).
    var comparisonOperator: ComparisonOperator? {
        switch kind {
        case let .symbol(symbol): ComparisonOperator(rawValue: symbol.rawValue)
        case .keyword(.in): .in
        default: nil
        }
    }

    func `is`(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
    func `is`(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }
}
