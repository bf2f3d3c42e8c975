/// Which types go together under which operator. Pure functions of types; the checker turns
/// a `false` into a positioned message.
///
/// `yuan` flags say that side is a number literal (or a list of them), the one place a
/// number and money meet: the literal is read as yuan.
enum TypeRules {
    /// Whether `==` and `!=` (and list membership) may compare values of these types.
    static func equatable(_ left: ExpressionType, _ right: ExpressionType, yuan: (Bool, Bool)) -> Bool {
        switch (left, right) {
        case (.null, _), (_, .null): return true
        case (.bool, .bool), (.date, .date), (.money, .money): return true
        case (.money, _) where right.isNumber: return yuan.1
        case (_, .money) where left.isNumber: return yuan.0
        case let (.list(a), .list(b)): return a == .null || b == .null || equatable(a, b, yuan: yuan)
        default: return (left.isNumber && right.isNumber) || (left.isText && right.isText)
        }
    }

    /// Whether `<`, `<=`, `>`, `>=` may compare values of these types.
    static func ordered(_ left: ExpressionType, _ right: ExpressionType, yuan: (Bool, Bool)) -> Bool {
        switch (left, right) {
        case (.date, .date), (.money, .money): true
        case (.money, _) where right.isNumber: yuan.1
        case (_, .money) where left.isNumber: yuan.0
        default: left.isNumber && right.isNumber
        }
    }

    /// Whether the pair is money against a number that is not a literal: the one mistake
    /// worth a hint, since `fee > count` reads naturally but has no unit.
    static func needsYuanHint(_ left: ExpressionType, _ right: ExpressionType, yuan: (Bool, Bool)) -> Bool {
        (left == .money && right.isNumber && !yuan.1) || (right == .money && left.isNumber && !yuan.0)
    }

    /// The type of `left op right`, or nil when the operator does not apply.
    static func arithmetic(
        _ op: ArithmeticOperator, _ left: ExpressionType, _ right: ExpressionType, yuan: (Bool, Bool)
    ) -> ExpressionType? {
        switch (left, right) {
        case (.int, .int): return .int
        case (.money, .money): return .money
        case (.money, _) where right.isNumber: return yuan.1 ? .money : nil
        case (_, .money) where left.isNumber: return yuan.0 ? .money : nil
        case (.date, .int): return .date
        case (.date, .date): return op == .subtract ? .int : nil
        default: return left.isNumber && right.isNumber ? .decimal : nil
        }
    }

    /// One type for the elements of a list literal, or nil when they do not share one.
    static func unify(_ a: ExpressionType, _ b: ExpressionType) -> ExpressionType? {
        if a == b { return a }
        if a.isNumber && b.isNumber { return .decimal }
        if let x = a.enumerationValues, let y = b.enumerationValues { return .enumeration(x.union(y)) }
        if a.isText && b.isText { return .string }
        if let x = a.elementType, let y = b.elementType {
            if x == .null { return b }
            if y == .null { return a }
            return unify(x, y).map { .list($0) }
        }
        return nil
    }

    /// Whether a value of type `found` may stand where `expected` is asked for; `constant`
    /// lets a string literal stand for one of an enumeration's values.
    static func assignable(
        _ found: ExpressionType, to expected: ExpressionType, yuan: Bool, constant: ExpressionValue?
    ) -> Bool {
        if found == expected { return true }
        switch (found, expected) {
        case (.int, .decimal), (.enumeration, .string): return true
        case let (.enumeration(a), .enumeration(b)): return a.isSubset(of: b)
        case let (.string, .enumeration(values)):
            if case let .string(text)? = constant { return values.contains(text) }
            return false
        case (_, .money): return found.isNumber && yuan
        case let (.list(a), .list(b)): return a == .null || assignable(a, to: b, yuan: yuan, constant: nil)
        default: return false
        }
    }
}
