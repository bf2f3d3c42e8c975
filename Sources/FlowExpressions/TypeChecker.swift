internal import FlowDiagnostics

/// Checks an ``Expression`` against a scope: types, names, and conditions that cannot change.
public enum ExpressionChecker {
    /// Checks `expression`, resolving its names in `scope`; with `expecting`, also checks
    /// the result fits that type (``ExpressionType/bool`` for a `when:` condition).
    ///
    /// Collects every issue rather than stopping at the first, and never throws.
    public static func check(
        _ expression: Expression, scope: some ExpressionScope, expecting: ExpressionType?
    ) -> CheckResult {
        var checker = TypeChecker(expression: expression, scope: scope)
        var root = checker.check(expression.root)
        checker.settleRoot(&root)
        if let expecting, let type = root.type,
           !TypeRules.assignable(type, to: expecting, yuan: root.yuanLiteral, constant: root.constant) {
            if case let .string(text)? = root.constant, let values = expecting.enumerationValues {
                checker.report(.type, root.range, TypeMessages.notAValue(text, values: values))
            } else {
                checker.report(.type, root.range, TypeMessages.expected(expecting.description, found: type.description))
            }
        }
        return CheckResult(type: root.type, isOptional: root.optional, issues: checker.sortedIssues)
    }
}

/// What the checker learnt about an expression.
public struct CheckResult: Sendable, Hashable {
    /// The inferred type; nil when issues leave it unknown.
    public var type: ExpressionType?
    /// Whether the value may be null at run time (an optional reference flows into it).
    public var isOptional: Bool
    /// Every issue found, in source order; `.constant` ones are warnings, the rest errors.
    public var issues: [ExpressionIssue]

    /// A result with the given parts.
    public init(type: ExpressionType?, isOptional: Bool, issues: [ExpressionIssue]) {
        self.type = type
        self.isOptional = isOptional
        self.issues = issues
    }

    /// Whether any issue other than a constant-condition warning was found.
    public var hasErrors: Bool { issues.contains { $0.kind != .constant } }
}

/// The checking walk. Recursion is bounded by the parser's depth limit.
struct TypeChecker<Scope: ExpressionScope> {
    let expression: Expression
    let scope: Scope
    private var issues: [ExpressionIssue] = []

    init(expression: Expression, scope: Scope) {
        self.expression = expression
        self.scope = scope
    }

    /// Issues by position, keeping discovery order among equal positions.
    var sortedIssues: [ExpressionIssue] {
        issues.enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }

    mutating func report(_ kind: ExpressionIssue.Kind, _ range: SourceRange, _ message: LocalizedMessage) {
        issues.append(ExpressionIssue(kind: kind, range: range, message: message))
    }

    /// The text of a node as written, for quoting in messages.
    func text(_ range: SourceRange) -> String {
        expression.source(of: range)
    }

    mutating func check(_ node: ExpressionNode) -> Checked {
        switch node {
        case let .literal(value, range): return .literal(value, range: range)
        case let .reference(path, range): return reference(path, range)
        case let .list(elements, range): return list(elements, range)
        case let .not(operand, range): return not(operand, range)
        case let .negate(operand, range): return negate(operand, range)
        case let .logical(op, operands, range): return logical(op, operands, range)
        case let .comparison(op, left, right, range): return comparison(op, left, right, range)
        case let .arithmetic(op, left, right, range): return arithmetic(op, left, right, range)
        case let .call(name, arguments, range): return call(name, arguments, range)
        }
    }

    mutating func reference(_ path: [String], _ range: SourceRange) -> Checked {
        let name = Wording.path(path)
        switch scope.resolve(path) {
        case let .value(type, optional):
            var checked = Checked(range: range, type: type)
            checked.optional = optional
            return checked
        case let .unknown(suggestions):
            if path.count == 1, BuiltinFunction(rawValue: name) != nil {
                report(.unknownName, range, NameMessages.functionWithoutCall(name))
            } else {
                report(.unknownName, range, NameMessages.unknownName(name, suggestion: suggestion(for: name, among: suggestions)))
            }
        case let .notYetDefined(definedAt):
            report(.notYetDefined, range, NameMessages.notYetDefined(name, definedAt: definedAt))
        case let .unknownSetting(available):
            report(.unknownSetting, range, NameMessages.unknownMember(path, available: available))
        }
        return Checked(range: range, type: nil)
    }

    private mutating func list(_ elements: [ExpressionNode], _ range: SourceRange) -> Checked {
        var parts = elements.map { check($0) }
        let pure = parts.allSatisfy(\.pure)
        for index in parts.indices { settle(&parts[index], insidePure: pure) }
        var result = Checked(range: range, type: .list(.null))
        result.pure = pure
        result.explained = parts.contains(where: \.explained)
        result.yuanLiteral = !parts.isEmpty && parts.allSatisfy(\.yuanLiteral)
        var element: (type: ExpressionType, first: ExpressionType)?
        var known = true
        for part in parts {
            guard let type = part.type else {
                known = false
                continue
            }
            if type == .null {
                report(.type, part.range, TypeMessages.nullInList)
                known = false
            } else if let current = element {
                guard let unified = TypeRules.unify(current.type, type) else {
                    report(.type, part.range, TypeMessages.listElement(type.description, first: current.first.description))
                    known = false
                    continue
                }
                element = (unified, current.first)
            } else {
                element = (type, type)
            }
        }
        guard known else {
            result.type = nil
            return result
        }
        result.type = .list(element?.type ?? .null)
        if pure { result.constant = .list(parts.compactMap(\.constant)) }
        return result
    }

    private mutating func not(_ operandNode: ExpressionNode, _ range: SourceRange) -> Checked {
        let operand = check(operandNode)
        var result = Checked(range: range, type: .bool)
        result.pure = operand.pure
        result.explained = operand.explained
        if let type = operand.type, type != .bool {
            report(.type, operand.range, TypeMessages.operandNotBool("not", found: type.description))
            return result
        }
        result.constant = operand.constantTruth.map { .bool(!$0) }
        return result
    }

    private mutating func negate(_ operandNode: ExpressionNode, _ range: SourceRange) -> Checked {
        let operand = check(operandNode)
        var result = Checked(range: range, type: nil)
        result.pure = operand.pure
        result.explained = operand.explained
        result.optional = operand.optional
        guard let type = operand.type else { return result }
        guard type.isNumber || type == .money else {
            report(.type, range, TypeMessages.cannotNegate(type.description))
            return result
        }
        result.type = type
        result.yuanLiteral = operand.yuanLiteral
        if let value = operand.constant, operand.pure {
            result.constant = fold(range) { () throws(OperationFailure) in try ValueOperations.negate(value) }
        }
        return result
    }
}
