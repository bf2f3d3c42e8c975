internal import FlowDiagnostics
public import FlowDomain

/// Computes the value of an ``Expression`` for the engine.
public enum ExpressionEvaluator {
    /// Evaluates `expression`.
    ///
    /// - Parameters:
    ///   - environment: the value of each name the expression reads. Return `.null` for an
    ///     optional value that was not given and nil for a name you do not know, which is an
    ///     error — except inside `is_set`, where nil simply means "not given".
    ///   - today: the date `today()` and `days_until` use (the engine passes
    ///     `CivilDate.todayInShanghai()`; tests pass a fixed date).
    /// - Throws: the first ``ExpressionError``; never traps.
    public static func evaluate(
        _ expression: Expression,
        environment: ([String]) -> ExpressionValue?,
        today: CivilDate
    ) throws(ExpressionError) -> ExpressionValue {
        // The environment is only used during this call; it never outlives it.
        try withoutActuallyEscaping(environment) { (environment) throws(ExpressionError) in
            try Evaluation(environment: environment, today: today).value(of: expression.root)
        }
    }
}

/// One evaluation; recursion is bounded by the parser's depth limit.
private struct Evaluation {
    let environment: ([String]) -> ExpressionValue?
    let today: CivilDate

    func value(of node: ExpressionNode) throws(ExpressionError) -> ExpressionValue {
        switch node {
        case let .literal(value, _):
            return value
        case let .reference(path, range):
            guard let value = environment(path) else { throw .missingValue(path: path, range: range) }
            return value
        case let .list(elements, _):
            var values: [ExpressionValue] = []
            for element in elements { values.append(try value(of: element)) }
            return .list(values)
        case let .not(operand, _):
            return .bool(!(try truth(of: operand)))
        case let .negate(operand, range):
            let operandValue = try value(of: operand)
            return try perform(range) { () throws(OperationFailure) in try ValueOperations.negate(operandValue) }
        case let .logical(op, operands, _):
            // Short-circuits, so `is_set(x) and x > 3` never looks further than it must.
            let deciding = op == .or
            for operand in operands where try truth(of: operand) == deciding {
                return .bool(deciding)
            }
            return .bool(!deciding)
        case let .comparison(op, left, right, range):
            let (a, b) = (try value(of: left), try value(of: right))
            return try perform(range) { () throws(OperationFailure) in .bool(try ValueOperations.compare(op, a, b)) }
        case let .arithmetic(op, left, right, range):
            let (a, b) = (try value(of: left), try value(of: right))
            return try perform(range) { () throws(OperationFailure) in try ValueOperations.arithmetic(op, a, b) }
        case let .call(name, arguments, range):
            return try call(name, arguments, range)
        }
    }

    private func truth(of node: ExpressionNode) throws(ExpressionError) -> Bool {
        let operand = try value(of: node)
        return try perform(node.range) { () throws(OperationFailure) in .bool(try ValueOperations.truth(operand)) } == .bool(true)
    }

    private func call(_ name: String, _ arguments: [ExpressionNode], _ range: SourceRange) throws(ExpressionError) -> ExpressionValue {
        guard let function = BuiltinFunction(rawValue: name), arguments.count == function.arity else {
            throw .typeMismatch(NameMessages.unknownFunction(name, suggestion: nil), range: range)
        }
        switch function {
        case .today:
            return .date(today)
        case .isSet:
            guard case let .reference(path, _)? = arguments.first else {
                throw .typeMismatch(TypeMessages.isSetNeedsName, range: range)
            }
            return .bool(ValueOperations.isSet(environment(path)))
        case .date:
            guard case let .literal(.string(text), _)? = arguments.first, let date = DayNumber.parse(text) else {
                throw .typeMismatch(TypeMessages.dateLiteralRequired, range: range)
            }
            return .date(date)
        case .len:
            let argument = try value(of: arguments.first ?? .literal(.null, range: range))
            return try perform(range) { () throws(OperationFailure) in try ValueOperations.length(argument) }
        case .daysUntil:
            switch try value(of: arguments.first ?? .literal(.null, range: range)) {
            case .null: return .null
            case let .date(date): return .int(DayNumber.between(today, date))
            case let other:
                throw .typeMismatch(TypeMessages.argument(name, expected: function.argumentKind, found: other.kindName),
                                    range: range)
            }
        }
    }

    /// Runs a value operation, positioning its failure at `range`.
    private func perform(
        _ range: SourceRange, _ operation: () throws(OperationFailure) -> ExpressionValue
    ) throws(ExpressionError) -> ExpressionValue {
        do {
            return try operation()
        } catch {
            switch error {
            case .overflow: throw .overflow(range: range)
            case .dateOutOfRange: throw .dateOutOfRange(range: range)
            case let .notWholeFen(amount): throw .typeMismatch(TypeMessages.notWholeFen(amount.description), range: range)
            case let .mismatch(message): throw .typeMismatch(message, range: range)
            }
        }
    }
}
