internal import FlowDiagnostics

/// `and`/`or`, comparisons, membership and arithmetic.
extension TypeChecker {
    mutating func logical(_ op: LogicalOperator, _ operandNodes: [ExpressionNode], _ range: SourceRange) -> Checked {
        var parts = operandNodes.map { check($0) }
        let pure = parts.allSatisfy(\.pure)
        for index in parts.indices { settle(&parts[index], insidePure: pure) }
        var result = Checked(range: range, type: .bool)
        result.pure = pure
        result.explained = parts.contains(where: \.explained)
        var allBool = true
        for part in parts {
            if let type = part.type, type != .bool {
                report(.type, part.range, TypeMessages.operandNotBool(op.rawValue, found: type.description))
                allBool = false
            }
        }
        guard allBool else { return result }
        // `false` decides `and`, `true` decides `or`; the other literal is neutral.
        let deciding = op == .or
        let truths = parts.map(\.constantTruth)
        if truths.contains(deciding) {
            result.constant = .bool(deciding)
        } else if truths.allSatisfy({ $0 == !deciding }) {
            result.constant = .bool(!deciding)
        }
        if !pure { reportLiteralOperands(op, parts, into: &result) }
        return result
    }

    /// `true and x`, `x or false`: a literal operand next to a real condition.
    private mutating func reportLiteralOperands(_ op: LogicalOperator, _ parts: [Checked], into result: inout Checked) {
        let deciding = op == .or
        var decided = false
        for part in parts where part.bareBool {
            guard let truth = part.constantTruth else { continue }
            if truth == deciding {
                if !decided { report(.constant, result.range, ConstantMessages.decides(truth, in: op)) }
                decided = true
            } else {
                report(.constant, part.range, ConstantMessages.noEffect(truth, in: op))
            }
            result.explained = true
        }
    }

    mutating func comparison(
        _ op: ComparisonOperator, _ leftNode: ExpressionNode, _ rightNode: ExpressionNode, _ range: SourceRange
    ) -> Checked {
        var left = check(leftNode)
        var right = check(rightNode)
        var result = Checked(range: range, type: .bool)
        result.pure = left.pure && right.pure
        settle(&left, insidePure: result.pure)
        settle(&right, insidePure: result.pure)
        result.explained = left.explained || right.explained
        guard let leftType = left.type, let rightType = right.type else { return result }
        let valid = op.isMembership
            ? checkMembership(op, left, leftType, right, rightType, range)
            : checkComparison(op, left, leftType, right, rightType, range)
        guard valid else { return result }
        if result.pure, let a = left.constant, let b = right.constant {
            result.constant = fold(range) { () throws(OperationFailure) in .bool(try ValueOperations.compare(op, a, b)) }
        } else if !result.pure {
            deduceConstant(op, left, right, nodes: (leftNode, rightNode), into: &result)
        }
        return result
    }

    private mutating func checkComparison(
        _ op: ComparisonOperator,
        _ left: Checked, _ leftType: ExpressionType,
        _ right: Checked, _ rightType: ExpressionType,
        _ range: SourceRange
    ) -> Bool {
        let yuan = (left.yuanLiteral, right.yuanLiteral)
        if op.isOrdering {
            if leftType == .null || rightType == .null {
                report(.type, range, TypeMessages.orderingNull(op.rawValue))
                return false
            }
            if !TypeRules.ordered(leftType, rightType, yuan: yuan) {
                if TypeRules.equatable(leftType, rightType, yuan: yuan) {
                    let culprit = leftType.isNumber || leftType == .money || leftType == .date ? rightType : leftType
                    report(.type, range, TypeMessages.notOrdered(op.rawValue, found: culprit.description))
                } else {
                    report(.type, range, TypeMessages.cannotCompare(
                        leftType.description, rightType.description,
                        yuanHint: TypeRules.needsYuanHint(leftType, rightType, yuan: yuan)))
                }
                return false
            }
        } else if !TypeRules.equatable(leftType, rightType, yuan: yuan) {
            report(.type, range, TypeMessages.cannotCompare(
                leftType.description, rightType.description,
                yuanHint: TypeRules.needsYuanHint(leftType, rightType, yuan: yuan)))
            return false
        }
        return checkFen(left, leftType, right, rightType)
    }

    private mutating func checkMembership(
        _ op: ComparisonOperator,
        _ left: Checked, _ leftType: ExpressionType,
        _ right: Checked, _ rightType: ExpressionType,
        _ range: SourceRange
    ) -> Bool {
        guard let element = rightType.elementType else {
            report(.type, right.range, TypeMessages.notAList(op.rawValue, found: rightType.description))
            return false
        }
        let yuan = (left.yuanLiteral, right.yuanLiteral)
        guard element == .null || TypeRules.equatable(leftType, element, yuan: yuan) else {
            report(.type, range, TypeMessages.membership(
                leftType.description, list: rightType.description,
                yuanHint: TypeRules.needsYuanHint(leftType, element, yuan: yuan)))
            return false
        }
        return checkFen(left, leftType, right, element)
    }

    /// A yuan literal next to money must be a whole number of fen (`0.005` is not).
    private mutating func checkFen(
        _ left: Checked, _ leftType: ExpressionType, _ right: Checked, _ rightType: ExpressionType
    ) -> Bool {
        for (side, other) in [(left, rightType), (right, leftType)] where other == .money && side.yuanLiteral {
            let amounts: [ExpressionValue]
            switch side.constant {
            case let .list(items)?: amounts = items
            case let value?: amounts = [value]
            case nil: amounts = []
            }
            for amount in amounts {
                if let number = amount.number, number.wholeFen == nil {
                    report(.type, side.range, TypeMessages.notWholeFen(number.description))
                    return false
                }
            }
        }
        return true
    }

    mutating func arithmetic(
        _ op: ArithmeticOperator, _ leftNode: ExpressionNode, _ rightNode: ExpressionNode, _ range: SourceRange
    ) -> Checked {
        var left = check(leftNode)
        var right = check(rightNode)
        var result = Checked(range: range, type: nil)
        result.pure = left.pure && right.pure
        settle(&left, insidePure: result.pure)
        settle(&right, insidePure: result.pure)
        result.explained = left.explained || right.explained
        result.optional = left.optional || right.optional
        guard let leftType = left.type, let rightType = right.type else { return result }
        let yuan = (left.yuanLiteral, right.yuanLiteral)
        guard let type = TypeRules.arithmetic(op, leftType, rightType, yuan: yuan) else {
            report(.type, range, TypeMessages.cannotApply(
                op.rawValue, leftType.description, rightType.description,
                yuanHint: TypeRules.needsYuanHint(leftType, rightType, yuan: yuan)))
            return result
        }
        guard checkFen(left, leftType, right, rightType) else { return result }
        result.type = type
        if result.pure, let a = left.constant, let b = right.constant {
            result.constant = fold(range) { () throws(OperationFailure) in try ValueOperations.arithmetic(op, a, b) }
        }
        return result
    }
}
