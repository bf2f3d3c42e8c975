internal import FlowDiagnostics

/// Splits expression text into tokens on demand, tracking file positions.
///
/// Tokens are produced one at a time as the parser asks, so the first problem reported is
/// the first one in the text, whether the lexer or the parser finds it.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var location: SourceLocation

    init(text: String, origin: SourceLocation) {
        scalars = Array(text.unicodeScalars)
        location = origin
    }

    /// The next token, or `.end` (repeatedly) once the text is used up.
    mutating func next() throws(ExpressionIssue) -> Token {
        skipWhitespace()
        let start = location
        guard let scalar = peek() else { return Token(kind: .end, range: SourceRange(at: start)) }
        if ("0"..."9").contains(scalar) { return try number() }
        if scalar == "\"" || scalar == "'" { return try string() }
        if Self.isNameStart(scalar) { return try name() }
        return try symbol()
    }

    // MARK: - Scalars and positions

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Consumes one scalar; a newline moves to column 1 of the next line.
    @discardableResult
    private mutating func advance() -> Unicode.Scalar? {
        guard let scalar = peek() else { return nil }
        index += 1
        if scalar == "\n" {
            location = SourceLocation(line: location.line + 1, column: 1)
        } else {
            location.column += 1
        }
        return scalar
    }

    private mutating func skipWhitespace() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            advance()
        }
    }

    private func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: location)
    }

    /// The text of a name or a number, the only tokens cut out this way: both are ASCII (the lexer
    /// takes nothing else into them), so each scalar is one byte.
    private func text(from startIndex: Int) -> String {
        let slice = scalars[startIndex..<index]
        return String(unsafeUninitializedCapacity: slice.count) { bytes in
            for (offset, scalar) in zip(bytes.indices, slice) { bytes[offset] = UInt8(ascii: scalar) }
            return slice.count
        }
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar)
    }

    // MARK: - Tokens

    private mutating func number() throws(ExpressionIssue) -> Token {
        let start = location
        let startIndex = index
        while let scalar = peek(), ("0"..."9").contains(scalar) { advance() }
        let wholeDigits = index - startIndex
        var isDecimal = false
        if peek() == "." {
            isDecimal = true
            advance()
            let fractionStart = index
            while let scalar = peek(), ("0"..."9").contains(scalar) { advance() }
            if index == fractionStart {
                throw .missingFraction(text(from: startIndex), range: range(from: start))
            }
        }
        let text = text(from: startIndex)
        if wholeDigits > 1, scalars[startIndex] == "0" {
            throw .leadingZero(text, range: range(from: start))
        }
        if isDecimal {
            guard let value = DecimalValue(text) else { throw .numberTooLarge(text, range: range(from: start)) }
            return Token(kind: .decimal(value), range: range(from: start))
        }
        guard let value = Int64(text) else { throw .numberTooLarge(text, range: range(from: start)) }
        return Token(kind: .integer(value), range: range(from: start))
    }

    private mutating func string() throws(ExpressionIssue) -> Token {
        let start = location
        let quote = advance() ?? "\""
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n" else {
                throw .unterminatedString(quote: Character(quote), at: start, endOfLine: peek() == "\n",
                                          range: SourceRange(at: location))
            }
            let escapeStart = location
            advance()
            if scalar == quote { break }
            guard scalar == "\\" else {
                value.append(scalar)
                continue
            }
            guard let escaped = peek(), escaped != "\n" else { continue }
            advance()
            switch escaped {
            case "\\", "'", "\"": value.append(escaped)
            case "n": value.append("\n")
            case "t": value.append("\t")
            default:
                throw .unknownEscape("\\" + String(Character(escaped)), range: range(from: escapeStart))
            }
        }
        return Token(kind: .string(String(value)), range: range(from: start))
    }

    private mutating func name() throws(ExpressionIssue) -> Token {
        let start = location
        let startIndex = index
        while let scalar = peek(), Self.isNamePart(scalar) { advance() }
        let text = text(from: startIndex)
        if text.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) {
            throw .uppercaseName(text, range: range(from: start))
        }
        let kind: Token.Kind = Token.Keyword(rawValue: text).map { .keyword($0) } ?? .name(text)
        return Token(kind: kind, range: range(from: start))
    }

    private mutating func symbol() throws(ExpressionIssue) -> Token {
        let start = location
        for symbol in Self.symbolsLongestFirst where matches(symbol.rawValue) {
            for _ in symbol.rawValue.unicodeScalars { advance() }
            return Token(kind: .symbol(symbol), range: range(from: start))
        }
        let scalar = advance() ?? " "
        throw .unexpectedCharacter(Self.display(scalar), hint: Self.hint(for: scalar), range: range(from: start))
    }

    /// Two-character operators before their one-character prefixes, so `<=` is not `<` then `=`.
    private static let symbolsLongestFirst = Token.Symbol.allCases.sorted {
        $0.rawValue.unicodeScalars.count > $1.rawValue.unicodeScalars.count
    }

    private func matches(_ text: String) -> Bool {
        for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar {
            return false
        }
        return true
    }
}

/// What the lexer says about a character the language does not use: the likely intent.
extension Lexer {
    /// The character as a message shows it; invisible ones as `U+0007`.
    static func display(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned, .surrogate:
            hexadecimal(scalar)
        default:
            String(Character(scalar))
        }
    }

    private static func hexadecimal(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A fix for characters people type from habit: C operators, full-width punctuation.
    static func hint(for scalar: Unicode.Scalar) -> (en: String, zh: String)? {
        switch scalar {
        case "=": (#"did you mean "=="?"#, #"是否应为 "=="？"#)
        case "!": (#"write "not" or "!=""#, #"请写 "not" 或 "!=""#)
        case "&": (#"write "and""#, #"请写 "and""#)
        case "|": (#"write "or""#, #"请写 "or""#)
        case "*", "/", "%": (#"only "+" and "-" are supported"#, #"只支持 "+" 与 "-""#)
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}":
            (#"quote strings with ASCII ' or ""#, #"请用半角引号 ' 或 " 括起字符串"#)
        case "\u{FF01}"..."\u{FF5E}":
            // Full-width forms sit at a fixed offset from their ASCII originals.
            Unicode.Scalar(scalar.value - 0xFEE0).map { ascii in
                let quoted = Wording.quoted(String(Character(ascii)))
                return ("did you mean \(quoted)? (a half-width character)", "是否应为半角的 \(quoted)？")
            }
        default: nil
        }
    }
}
