public import FlowDiagnostics

/// Turns expression text into an ``Expression``, or names the first syntax problem.
public enum ExpressionParser {
    /// Deepest nesting accepted (parentheses, lists, calls, `not`, unary `-`, and chains of
    /// `+`/`-`); hostile input ends in an issue instead of exhausting the stack.
    public static let maxDepth = 64

    /// Parses `text`, whose first character sits at `origin` in the file.
    ///
    /// Every range in the result or the issue is a file position: `origin` plus the offset in
    /// Unicode scalars within `text`. A newline in `text` moves to column 1 of the next line,
    /// which is exact for plain and quoted single-line scalars; for block scalars the caller
    /// should pass each line's text separately or accept that continuation lines start at column 1.
    public static func parse(_ text: String, origin: SourceLocation) -> Result<Expression, ExpressionIssue> {
        Result { () throws(ExpressionIssue) -> Expression in
            var parser = try Parser(text: text, origin: origin)
            let root = try parser.parseWhole()
            return Expression(text: text, origin: origin, root: root)
        }
    }
}

/// Recursive descent, one method per precedence level, lowest first.
struct Parser {
    /// A node with the range it occupies including any parentheses around it, and its
    /// height: 0 for a leaf, one more for each operator above it.
    struct Parsed {
        var node: ExpressionNode
        var range: SourceRange
        var height: Int
    }

    private var lexer: Lexer
    private(set) var current: Token
    private var depth = 0

    init(text: String, origin: SourceLocation) throws(ExpressionIssue) {
        lexer = Lexer(text: text, origin: origin)
        current = try lexer.next()
    }

    mutating func parseWhole() throws(ExpressionIssue) -> ExpressionNode {
        let parsed = try parseOr()
        guard current.kind == .end else {
            throw .expected(("an operator or end of expression", "运算符或表达式结尾"), found: current)
        }
        return parsed.node
    }

    // MARK: - Precedence levels

    mutating func parseOr() throws(ExpressionIssue) -> Parsed {
        try parseChain(.or) { (parser: inout Parser) throws(ExpressionIssue) in try parser.parseAnd() }
    }

    private mutating func parseAnd() throws(ExpressionIssue) -> Parsed {
        try parseChain(.and) { (parser: inout Parser) throws(ExpressionIssue) in try parser.parseNot() }
    }

    /// `a op b op c` as one flat node, so a long `or` list does not nest.
    private mutating func parseChain(
        _ op: LogicalOperator,
        operand: (inout Parser) throws(ExpressionIssue) -> Parsed
    ) throws(ExpressionIssue) -> Parsed {
        let keyword: Token.Keyword = op == .and ? .and : .or
        let first = try operand(&self)
        var operands = [first]
        while current.is(keyword) {
            try advance()
            operands.append(try operand(&self))
        }
        guard operands.count > 1, let last = operands.last else { return first }
        let range = SourceRange(start: first.range.start, end: last.range.end)
        return try made(.logical(op, operands.map(\.node), range: range), from: operands, at: range)
    }

    private mutating func parseNot() throws(ExpressionIssue) -> Parsed {
        guard current.is(.not) else { return try parseComparison() }
        let keyword = current
        try enter(keyword)
        try advance()
        let operand = try parseNot()
        leave()
        let range = SourceRange(start: keyword.range.start, end: operand.range.end)
        return try made(.not(operand.node, range: range), from: [operand], at: keyword.range)
    }

    private mutating func parseComparison() throws(ExpressionIssue) -> Parsed {
        let left = try parseAdditive()
        guard let op = try comparisonOperator() else { return left }
        let right = try parseAdditive()
        if let next = current.comparisonOperator ?? (current.is(.not) ? .notIn : nil) {
            throw .chainedComparison(next.rawValue, range: current.range)
        }
        let range = SourceRange(start: left.range.start, end: right.range.end)
        return try made(.comparison(op, left.node, right.node, range: range), from: [left, right], at: range)
    }

    /// Consumes a comparison operator after an operand, including the two-word `not in`.
    private mutating func comparisonOperator() throws(ExpressionIssue) -> ComparisonOperator? {
        if current.is(.not) {
            try advance()
            guard current.is(.in) else { throw .expected(("\"in\" after \"not\"", "\"not\" 之后的 \"in\""), found: current) }
            try advance()
            return .notIn
        }
        guard let op = current.comparisonOperator else { return nil }
        try advance()
        return op
    }

    private mutating func parseAdditive() throws(ExpressionIssue) -> Parsed {
        var left = try parseUnary()
        while current.is(.plus) || current.is(.minus) {
            let opToken = current
            let op: ArithmeticOperator = current.is(.plus) ? .add : .subtract
            try advance()
            let right = try parseUnary()
            let range = SourceRange(start: left.range.start, end: right.range.end)
            left = try made(.arithmetic(op, left.node, right.node, range: range), from: [left, right], at: opToken.range)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionIssue) -> Parsed {
        guard current.is(.minus) else { return try parsePrimary() }
        let minus = current
        try enter(minus)
        try advance()
        let operand = try parseUnary()
        leave()
        let range = SourceRange(start: minus.range.start, end: operand.range.end)
        return try made(.negate(operand.node, range: range), from: [operand], at: minus.range)
    }

    // MARK: - Helpers shared with the primary level

    mutating func advance() throws(ExpressionIssue) {
        current = try lexer.next()
    }

    /// Counts one level of recursion; the limit keeps hostile input off the stack.
    mutating func enter(_ token: Token) throws(ExpressionIssue) {
        depth += 1
        guard depth <= ExpressionParser.maxDepth else {
            throw .tooDeep(limit: ExpressionParser.maxDepth, range: token.range)
        }
    }

    mutating func leave() {
        depth -= 1
    }

    /// `node` with its height (operator levels above the leaves); chains of `+` grow the
    /// height without recursing, so the limit applies to it as well as to nesting.
    func made(_ node: ExpressionNode, from parts: [Parsed], at issueRange: SourceRange) throws(ExpressionIssue) -> Parsed {
        let height = 1 + (parts.map(\.height).max() ?? 0)
        guard height <= ExpressionParser.maxDepth else {
            throw .tooDeep(limit: ExpressionParser.maxDepth, range: issueRange)
        }
        return Parsed(node: node, range: node.range, height: height)
    }
}
