internal import FlowDiagnostics

/// What the checker knows about one node after checking it.
struct Checked {
    /// Where the node is, for issues about it.
    var range: SourceRange
    /// The type; nil once an issue made it unknowable, which silences follow-on issues.
    var type: ExpressionType?
    /// Whether the value may be null at run time.
    var optional = false
    /// The value, when it is known before running.
    var constant: ExpressionValue?
    /// No reference and no `today()` inside: the value is fixed, and ``constant`` is it.
    var pure = false
    /// A constant-condition issue already covers this node, so enclosing nodes stay quiet.
    var explained = false
    /// A number literal (possibly negated), or a list of them: read as yuan next to money.
    var yuanLiteral = false
    /// A plain `true` or `false`, which authors write on purpose.
    var bareBool = false

    init(range: SourceRange, type: ExpressionType?) {
        self.range = range
        self.type = type
    }

    /// The checked literal `value`.
    static func literal(_ value: ExpressionValue, range: SourceRange) -> Checked {
        var checked = Checked(range: range, type: literalType(value))
        checked.constant = value
        checked.pure = true
        checked.yuanLiteral = value.number != nil
        if case .bool = value { checked.bareBool = true }
        return checked
    }

    /// The constant as a condition's truth, when it is a known bool.
    var constantTruth: Bool? {
        if case let .bool(flag)? = constant { return flag }
        return nil
    }

    private static func literalType(_ value: ExpressionValue) -> ExpressionType {
        switch value {
        case .bool: .bool
        case .int: .int
        case .decimal: .decimal
        case .money: .money
        case .string: .string
        case .date: .date
        case .list: .list(.null)
        case .null: .null
        }
    }
}
