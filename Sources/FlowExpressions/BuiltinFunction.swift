internal import FlowDiagnostics

/// The functions an expression may call; there are no others.
enum BuiltinFunction: String, CaseIterable {
    /// `today()` → date, in Asia/Shanghai as the engine passes it.
    case today
    /// `date("2026-01-31")` → date; the argument must be a literal, checked before running.
    case date
    /// `days_until(d)` → int: days from today to `d`, negative once `d` has passed.
    case daysUntil = "days_until"
    /// `len(x)` → int: characters of a string or elements of a list; 0 when absent.
    case len
    /// `is_set(ref)` → bool: whether the referenced value was given (not null, "" or []).
    case isSet = "is_set"

    var arity: Int { self == .today ? 0 : 1 }

    /// What the argument must be, for messages.
    var argumentKind: (en: String, zh: String) {
        switch self {
        case .today: ("nothing", "空")
        case .date: ("a string literal such as \"2026-01-31\"", " \"2026-01-31\" 这样的字符串字面量")
        case .daysUntil: ("a date", "日期")
        case .len: ("a string or a list", "字符串或列表")
        case .isSet: ("a field or setting name", "字段或设置的名称")
        }
    }

    static var names: [String] { allCases.map(\.rawValue) }
}

/// The built-in functions' signatures.
extension TypeChecker {
    mutating func call(_ name: String, _ argumentNodes: [ExpressionNode], _ range: SourceRange) -> Checked {
        guard let function = BuiltinFunction(rawValue: name) else {
            report(.unknownName, range, NameMessages.unknownFunction(
                name, suggestion: suggestion(for: name, among: BuiltinFunction.names)))
            for node in argumentNodes { _ = check(node) }
            return Checked(range: range, type: nil)
        }
        if argumentNodes.count != function.arity {
            report(.type, range, TypeMessages.arity(name, expected: function.arity, found: argumentNodes.count))
        }
        switch function {
        case .today:
            for node in argumentNodes { _ = check(node) }
            return Checked(range: range, type: .date)
        case .date:
            return dateCall(argumentNodes, range)
        case .isSet:
            return isSetCall(argumentNodes, range)
        case .daysUntil, .len:
            var result = Checked(range: range, type: .int)
            var arguments = argumentNodes.map { check($0) }
            for index in arguments.indices { settle(&arguments[index], insidePure: false) }
            guard arguments.count == 1, let argument = arguments.first, let type = argument.type else { return result }
            let accepted = function == .len ? type.isText || type.elementType != nil : type == .date
            guard accepted else {
                report(.type, argument.range, TypeMessages.argument(name, expected: function.argumentKind, found: type.description))
                return result
            }
            if function == .daysUntil {
                result.optional = argument.optional
            } else if argument.pure, let value = argument.constant {
                result.pure = true
                result.constant = fold(range) { () throws(OperationFailure) in try ValueOperations.length(value) }
            }
            return result
        }
    }

    /// `date("2026-01-31")`: a literal, so a bad date is found before anything runs.
    private mutating func dateCall(_ argumentNodes: [ExpressionNode], _ range: SourceRange) -> Checked {
        var result = Checked(range: range, type: .date)
        guard argumentNodes.count == 1, let argument = argumentNodes.first else {
            for node in argumentNodes { _ = check(node) }
            return result
        }
        guard case let .literal(.string(text), literalRange) = argument else {
            _ = check(argument)
            report(.type, argument.range, TypeMessages.dateLiteralRequired)
            return result
        }
        guard let date = DayNumber.parse(text) else {
            report(.type, literalRange, TypeMessages.invalidDate(text))
            return result
        }
        result.pure = true
        result.constant = .date(date)
        return result
    }

    /// `is_set(x)`: needs a name, and is always true for a value that cannot be absent.
    private mutating func isSetCall(_ argumentNodes: [ExpressionNode], _ range: SourceRange) -> Checked {
        var result = Checked(range: range, type: .bool)
        guard argumentNodes.count == 1, let argument = argumentNodes.first else {
            for node in argumentNodes { _ = check(node) }
            return result
        }
        guard case let .reference(path, referenceRange) = argument else {
            _ = check(argument)
            report(.type, argument.range, TypeMessages.isSetNeedsName)
            return result
        }
        let checked = reference(path, referenceRange)
        if let type = checked.type, !checked.optional, !type.isText, type.elementType == nil {
            // A required string or list may still be empty, so only other types are always set.
            report(.constant, range, ConstantMessages.alwaysSet(text(range), Wording.path(path)))
            result.constant = .bool(true)
            result.explained = true
        }
        return result
    }
}
