internal import FlowDiagnostics
internal import FlowDomain

/// Why an operation on values failed; the caller adds the position.
enum OperationFailure: Error, Equatable {
    case overflow
    case dateOutOfRange
    /// A yuan amount with more than two decimals met money.
    case notWholeFen(DecimalValue)
    /// Operand kinds the operation does not accept (only reachable for unchecked expressions).
    case mismatch(LocalizedMessage)
}

/// The meaning of every operator on values, shared by the evaluator and constant folding so
/// a folded constant is exactly what evaluation would produce.
enum ValueOperations {
    static func compare(
        _ op: ComparisonOperator, _ left: ExpressionValue, _ right: ExpressionValue
    ) throws(OperationFailure) -> Bool {
        switch op {
        case .equal: return try equal(left, right)
        case .notEqual: return try !equal(left, right)
        case .in: return try contains(right, left)
        case .notIn: return try !contains(right, left)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            // An absent value satisfies no ordering, so optional fields need no `is_set` guard.
            guard left != .null, right != .null else { return false }
            let order = try ordering(left, right, op)
            switch op {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    /// Equality across compatible kinds: `1 == 1.0`, money against a yuan amount, lists by element.
    static func equal(_ left: ExpressionValue, _ right: ExpressionValue) throws(OperationFailure) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where try !equal(x, y) { return false }
            return true
        default:
            guard let a = amount(left), let b = amount(right) else { throw mismatch(nil, left, right) }
            return a == b
        }
    }

    /// Whether `list` holds `element`; an absent list or element holds nothing.
    static func contains(_ list: ExpressionValue, _ element: ExpressionValue) throws(OperationFailure) -> Bool {
        guard element != .null, list != .null else { return false }
        guard case let .list(items) = list else { throw mismatch("in", element, list) }
        for item in items where try equal(element, item) { return true }
        return false
    }

    /// -1, 0 or 1 for two ordered values.
    private static func ordering(
        _ left: ExpressionValue, _ right: ExpressionValue, _ op: ComparisonOperator
    ) throws(OperationFailure) -> Int {
        if case let (.date(a), .date(b)) = (left, right) { return a < b ? -1 : a == b ? 0 : 1 }
        guard let a = amount(left), let b = amount(right) else { throw mismatch(op.rawValue, left, right) }
        return a < b ? -1 : a == b ? 0 : 1
    }

    /// Numbers and money on one exact scale: money as yuan with two decimals.
    private static func amount(_ value: ExpressionValue) -> DecimalValue? {
        if case let .money(money) = value { return DecimalValue(fen: money.fen) }
        return value.number
    }

    static func arithmetic(
        _ op: ArithmeticOperator, _ left: ExpressionValue, _ right: ExpressionValue
    ) throws(OperationFailure) -> ExpressionValue {
        switch (left, right) {
        case (.null, _), (_, .null):
            return .null
        case let (.int(a), .int(b)):
            let (result, overflow) = op == .add ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)
            guard !overflow else { throw .overflow }
            return .int(result)
        case let (.money(a), .money(b)):
            return .money(try money(op, a, b))
        case let (.money(a), other):
            guard let number = other.number else { throw mismatch(op.rawValue, left, right) }
            return .money(try money(op, a, try fen(number)))
        case let (other, .money(b)):
            guard let number = other.number else { throw mismatch(op.rawValue, left, right) }
            return .money(try money(op, try fen(number), b))
        case let (.date(a), .date(b)) where op == .subtract:
            return .int(DayNumber.between(b, a))
        case let (.date(a), .int(days)):
            let (offset, overflow) = op == .add ? (days, false) : Int64(0).subtractingReportingOverflow(days)
            guard !overflow, let date = DayNumber.adding(offset, to: a) else { throw .dateOutOfRange }
            return .date(date)
        default:
            guard let a = left.number, let b = right.number else { throw mismatch(op.rawValue, left, right) }
            guard let result = op == .add ? a.adding(b) : a.subtracting(b) else { throw .overflow }
            return .decimal(result)
        }
    }

    static func negate(_ value: ExpressionValue) throws(OperationFailure) -> ExpressionValue {
        switch value {
        case .null: return .null
        case let .int(a):
            let (result, overflow) = Int64(0).subtractingReportingOverflow(a)
            guard !overflow else { throw .overflow }
            return .int(result)
        case let .decimal(a):
            guard let result = a.negated() else { throw .overflow }
            return .decimal(result)
        case let .money(a):
            do { return .money(try a.negated()) } catch { throw .overflow }
        default:
            throw .mismatch(TypeMessages.cannotNegate(value.kindName))
        }
    }

    /// A condition's truth; an absent optional flag counts as not set, that is false.
    static func truth(_ value: ExpressionValue) throws(OperationFailure) -> Bool {
        switch value {
        case let .bool(flag): return flag
        case .null: return false
        default:
            throw .mismatch(TypeMessages.expected("bool", found: value.kindName))
        }
    }

    /// Whether a value was given: not absent, not an empty string, not an empty list.
    static func isSet(_ value: ExpressionValue?) -> Bool {
        switch value {
        case nil, .null?: false
        case let .string(text)?: !text.isEmpty
        case let .list(items)?: !items.isEmpty
        default: true
        }
    }

    /// Characters (Unicode scalars, as positions count them) or elements; nothing has length 0.
    static func length(_ value: ExpressionValue) throws(OperationFailure) -> ExpressionValue {
        switch value {
        case .null: return .int(0)
        case let .string(text): return .int(Int64(text.unicodeScalars.count))
        case let .list(items): return .int(Int64(items.count))
        default:
            throw .mismatch(TypeMessages.argument("len", expected: BuiltinFunction.len.argumentKind, found: value.kindName))
        }
    }

    private static func money(_ op: ArithmeticOperator, _ a: Money, _ b: Money) throws(OperationFailure) -> Money {
        do {
            return op == .add ? try a.adding(b) : try a.subtracting(b)
        } catch {
            throw .overflow
        }
    }

    /// A number next to money is yuan; it must be a whole number of fen.
    private static func fen(_ yuan: DecimalValue) throws(OperationFailure) -> Money {
        guard let fen = yuan.wholeFen else { throw .notWholeFen(yuan) }
        return Money(fen: fen)
    }

    /// `op` nil means equality or membership: "cannot compare".
    private static func mismatch(_ op: String?, _ left: ExpressionValue, _ right: ExpressionValue) -> OperationFailure {
        guard let op else { return .mismatch(TypeMessages.cannotCompare(left.kindName, right.kindName)) }
        if op == "in" { return .mismatch(TypeMessages.notAList(op, found: right.kindName)) }
        if ComparisonOperator(rawValue: op)?.isOrdering == true {
            return .mismatch(TypeMessages.cannotCompare(left.kindName, right.kindName))
        }
        return .mismatch(TypeMessages.cannotApply(op, left.kindName, right.kindName))
    }
}
