internal import FlowDiagnostics

/// The highest-precedence level: literals, names, calls, parentheses and lists.
extension Parser {
    mutating func parsePrimary() throws(ExpressionIssue) -> Parsed {
        let token = current
        switch token.kind {
        case let .integer(value): return try literal(.int(value), token)
        case let .decimal(value): return try literal(.decimal(value), token)
        case let .string(value): return try literal(.string(value), token)
        case .keyword(.true): return try literal(.bool(true), token)
        case .keyword(.false): return try literal(.bool(false), token)
        case .keyword(.null): return try literal(.null, token)
        case .name: return try parseNameOrCall()
        case .symbol(.leftParen): return try parseParenthesized()
        case .symbol(.leftBracket): return try parseList()
        default: throw .expected(("an expression", "表达式"), found: token)
        }
    }

    private mutating func literal(_ value: ExpressionValue, _ token: Token) throws(ExpressionIssue) -> Parsed {
        try advance()
        return Parsed(node: .literal(value, range: token.range), range: token.range, height: 0)
    }

    private mutating func parseParenthesized() throws(ExpressionIssue) -> Parsed {
        let open = current
        try enter(open)
        try advance()
        let inner = try parseOr()
        guard current.is(.rightParen) else {
            throw .unclosed(")", opening: "(", at: open.range.start, found: current)
        }
        let close = current
        try advance()
        leave()
        return Parsed(node: inner.node, range: SourceRange(start: open.range.start, end: close.range.end),
                      height: inner.height)
    }

    private mutating func parseList() throws(ExpressionIssue) -> Parsed {
        let open = current
        try enter(open)
        try advance()
        let (elements, close) = try parseSequence(closing: .rightBracket, opening: open)
        leave()
        let range = SourceRange(start: open.range.start, end: close.range.end)
        return try made(.list(elements.map(\.node), range: range), from: elements, at: open.range)
    }

    private mutating func parseNameOrCall() throws(ExpressionIssue) -> Parsed {
        let first = current
        var path: [String] = []
        var end = first.range.end
        while case let .name(name) = current.kind {
            path.append(name)
            end = current.range.end
            try advance()
            guard current.is(.dot) else { break }
            try advance()
            guard case .name = current.kind else {
                throw .expected(("a name after \".\"", "\".\" 之后的名称"), found: current)
            }
        }
        let pathRange = SourceRange(start: first.range.start, end: end)
        guard current.is(.leftParen) else {
            return Parsed(node: .reference(path, range: pathRange), range: pathRange, height: 0)
        }
        guard path.count == 1, let name = path.first else {
            throw .dottedCall(Wording.path(path), range: pathRange)
        }
        let open = current
        try enter(open)
        try advance()
        let (arguments, close) = try parseSequence(closing: .rightParen, opening: open)
        leave()
        let range = SourceRange(start: first.range.start, end: close.range.end)
        return try made(.call(name, arguments.map(\.node), range: range), from: arguments, at: open.range)
    }

    /// Comma-separated expressions up to `closing`, which is consumed and returned.
    private mutating func parseSequence(
        closing: Token.Symbol,
        opening: Token
    ) throws(ExpressionIssue) -> (elements: [Parsed], close: Token) {
        var elements: [Parsed] = []
        if current.is(closing) {
            let close = current
            try advance()
            return (elements, close)
        }
        while true {
            elements.append(try parseOr())
            if current.is(.comma) {
                try advance()
                continue
            }
            guard current.is(closing) else {
                throw .unclosedSequence(closing.rawValue, opening: opening, found: current)
            }
            let close = current
            try advance()
            return (elements, close)
        }
    }
}
