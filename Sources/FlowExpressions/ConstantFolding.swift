internal import FlowDiagnostics

/// Finding conditions that cannot change, and saying so once, where the reason is.
///
/// Two sources of constants: folding (no reference or `today()` inside, so the value is
/// computed now with the evaluator's own operations) and deduction from types (an enum
/// compared with a string outside its values, a required value compared with null, `in []`).
/// A folded condition is reported at the largest such part (`1 == 1` in `1 == 1 and x`);
/// a deduced one at the comparison that causes it; enclosing nodes then stay quiet.
extension TypeChecker {
    /// Reports `part` when it is a folded condition inside something that is not itself folded.
    mutating func settle(_ part: inout Checked, insidePure: Bool) {
        // Plain `true`/`false` are deliberate; the `and`/`or` rule covers them as operands.
        guard !insidePure, part.pure, !part.bareBool, !part.explained, let truth = part.constantTruth else { return }
        report(.constant, part.range, ConstantMessages.always(text(part.range), truth))
        part.explained = true
    }

    /// Reports a folded whole expression (`1 == 1`).
    mutating func settleRoot(_ root: inout Checked) {
        settle(&root, insidePure: false)
    }

    /// Runs an operation on known values; a failure is an issue at `range`, not a crash.
    mutating func fold(
        _ range: SourceRange, _ operation: () throws(OperationFailure) -> ExpressionValue
    ) -> ExpressionValue? {
        do {
            return try operation()
        } catch {
            switch error {
            case .overflow, .dateOutOfRange: report(.type, range, TypeMessages.outOfRange(text(range)))
            case let .notWholeFen(amount): report(.type, range, TypeMessages.notWholeFen(amount.description))
            case let .mismatch(message): report(.type, range, message)
            }
            return nil
        }
    }

    /// Constants that follow from types rather than values.
    mutating func deduceConstant(
        _ op: ComparisonOperator, _ left: Checked, _ right: Checked,
        nodes: (left: ExpressionNode, right: ExpressionNode), into result: inout Checked
    ) {
        let outcome = op == .notEqual || op == .notIn
        var message: LocalizedMessage?
        switch op {
        case .equal, .notEqual:
            if case let .reference(path, _) = nodes.left, case .reference(path, _) = nodes.right {
                // `x == x` holds even for an absent x, since null equals null.
                report(.constant, result.range, ConstantMessages.comparedWithItself(Wording.path(path), result: !outcome))
                result.constant = .bool(!outcome)
                result.explained = true
                return
            }
            for (subject, other) in [(left, right), (right, left)] where !subject.pure && other.pure {
                if let values = subject.type?.enumerationValues, case let .string(text)? = other.constant,
                   !values.contains(text) {
                    message = ConstantMessages.notAValue(text, of: self.text(subject.range), values: values, result: outcome)
                } else if other.constant == .null, !subject.optional, subject.type != .null {
                    message = ConstantMessages.neverNull(text(subject.range), result: outcome)
                }
            }
        case .in, .notIn:
            if right.pure, case let .list(items)? = right.constant {
                if items.isEmpty {
                    message = ConstantMessages.emptyList(outcome)
                } else if let values = left.type?.enumerationValues, case let .list(elements, _) = nodes.right {
                    reportUnmatchable(elements, values: values, subject: left, outcome: outcome, into: &result)
                }
            } else if left.pure, case let .string(text)? = left.constant,
                      let values = right.type?.elementType?.enumerationValues, !values.contains(text) {
                message = ConstantMessages.notAValue(text, of: self.text(right.range), values: values, result: outcome)
            }
        default:
            break
        }
        guard let message else { return }
        report(.constant, result.range, message)
        result.constant = .bool(outcome)
        result.explained = true
    }

    /// `method in ["online", "fax"]`: each string the enumeration can never equal is dead.
    private mutating func reportUnmatchable(
        _ nodes: [ExpressionNode], values: Set<String>, subject: Checked, outcome: Bool, into result: inout Checked
    ) {
        var unmatched = 0
        for node in nodes {
            guard case let .literal(.string(text), range) = node, !values.contains(text) else { continue }
            report(.constant, range, ConstantMessages.neverMatches(text, subject: self.text(subject.range), values: values))
            unmatched += 1
            result.explained = true
        }
        if unmatched == nodes.count {
            result.constant = .bool(outcome)
        }
    }
}
