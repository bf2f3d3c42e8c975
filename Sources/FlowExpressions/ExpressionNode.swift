public import FlowDiagnostics

/// One node of a parsed expression, with the file range of the text it was parsed from.
///
/// Parentheses leave no node of their own: `(a)` is the node of `a`, though an enclosing
/// node's range does include them.
public indirect enum ExpressionNode: Sendable, Hashable {
    /// A number, string, `true`, `false` or `null` (never a date, list or money).
    case literal(ExpressionValue, range: SourceRange)
    /// A name or dotted path: `method`, `channel.invoice_email`.
    case reference([String], range: SourceRange)
    /// `[a, b]`.
    case list([ExpressionNode], range: SourceRange)
    /// `not x`.
    case not(ExpressionNode, range: SourceRange)
    /// Unary `-x`.
    case negate(ExpressionNode, range: SourceRange)
    /// A chain `a and b and c` or `a or b or c`, flattened so long chains stay shallow.
    case logical(LogicalOperator, [ExpressionNode], range: SourceRange)
    /// `a == b`, `a < b`, `a in b`, `a not in b`.
    case comparison(ComparisonOperator, ExpressionNode, ExpressionNode, range: SourceRange)
    /// `a + b`, `a - b`.
    case arithmetic(ArithmeticOperator, ExpressionNode, ExpressionNode, range: SourceRange)
    /// `len(x)`: a built-in function (see ``BuiltinFunction``) applied to arguments.
    case call(String, [ExpressionNode], range: SourceRange)

    /// Where the node's text is in the file.
    public var range: SourceRange {
        switch self {
        case let .literal(_, range), let .reference(_, range), let .list(_, range),
             let .not(_, range), let .negate(_, range), let .logical(_, _, range),
             let .comparison(_, _, _, range), let .arithmetic(_, _, _, range), let .call(_, _, range):
            range
        }
    }

    /// The direct sub-expressions, left to right.
    public var children: [ExpressionNode] {
        switch self {
        case .literal, .reference: []
        case let .list(elements, _): elements
        case let .not(operand, _), let .negate(operand, _): [operand]
        case let .logical(_, operands, _): operands
        case let .comparison(_, left, right, _), let .arithmetic(_, left, right, _): [left, right]
        case let .call(_, arguments, _): arguments
        }
    }
}

/// `and` / `or`.
public enum LogicalOperator: String, Sendable, Hashable, CaseIterable {
    case and
    case or
}

/// The comparison and membership operators, spelled as in the language.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in` = "in"
    case notIn = "not in"

    /// `<`, `<=`, `>`, `>=`: the operators that need ordered operands.
    var isOrdering: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }

    /// `in`, `not in`.
    var isMembership: Bool { self == .in || self == .notIn }
}

/// `+` / `-`.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+"
    case subtract = "-"
}

/// A fully parenthesised rendering that shows how the text was grouped.
extension ExpressionNode: CustomStringConvertible {
    /// `(a or (b and (c == 1)))`: every operator application in parentheses, literals in
    /// the language's notation, so precedence questions have a one-line answer.
    public var description: String {
        switch self {
        case let .literal(value, _): value.description
        case let .reference(path, _): Wording.path(path)
        case let .list(elements, _): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case let .not(operand, _): "(not \(operand))"
        case let .negate(operand, _): "(-\(operand))"
        case let .logical(op, operands, _):
            "(" + operands.map(\.description).joined(separator: " \(op.rawValue) ") + ")"
        case let .comparison(op, left, right, _): "(\(left) \(op.rawValue) \(right))"
        case let .arithmetic(op, left, right, _): "(\(left) \(op.rawValue) \(right))"
        case let .call(name, arguments, _): name + "(" + arguments.map(\.description).joined(separator: ", ") + ")"
        }
    }
}
