public import FlowDiagnostics

/// A problem found while parsing or checking an expression, positioned in the file.
public struct ExpressionIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; the raw value is a stable kebab-case name for rule ids and JSON.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The text is not a well-formed expression.
        case syntax
        /// Operand or argument types do not fit an operator or function.
        case type
        /// A name or function that does not exist.
        case unknownName = "unknown-name"
        /// A field read before any step defines it.
        case notYetDefined = "not-yet-defined"
        /// `channel.x` (or another namespace) has no member `x`.
        case unknownSetting = "unknown-setting"
        /// A condition, or part of one, that is always true or always false: a warning.
        case constant
    }

    /// What kind of problem it is; the linter maps kinds to rule ids and severities.
    public var kind: Kind
    /// The offending text in file coordinates.
    public var range: SourceRange
    /// What is wrong, in English and Chinese.
    public var message: LocalizedMessage

    /// An issue of `kind` at `range`.
    public init(kind: Kind, range: SourceRange, message: LocalizedMessage) {
        self.kind = kind
        self.range = range
        self.message = message
    }

    /// `1:14: expected ")" …`: the position and the English message, for logs and tests.
    public var description: String { "\(range.start): \(message.en)" }
}

/// The parser's and lexer's messages, in both languages, in one place.
extension ExpressionIssue {
    static func syntax(_ range: SourceRange, en: String, zh: String) -> ExpressionIssue {
        ExpressionIssue(kind: .syntax, range: range, message: LocalizedMessage(en: en, zh: zh))
    }

    /// `expected X, found Y`.
    static func expected(_ what: (en: String, zh: String), found token: Token) -> ExpressionIssue {
        syntax(token.range, en: "expected \(what.en), found \(token.found.en)",
               zh: "此处应为\(what.zh)，实际为\(token.found.zh)")
    }

    /// `expected ")" to close "(" at 1:14, found end of expression`.
    static func unclosed(_ closing: String, opening: String, at start: SourceLocation, found token: Token) -> ExpressionIssue {
        syntax(token.range,
               en: "expected \(Wording.quoted(closing)) to close \(Wording.quoted(opening)) at \(start), found \(token.found.en)",
               zh: "应有 \(Wording.quoted(closing)) 与 \(start) 处的 \(Wording.quoted(opening)) 配对，实际为\(token.found.zh)")
    }

    /// `expected "," or "]" to close "[" at 1:1, found string "b"`.
    static func unclosedSequence(_ closing: String, opening: Token, found token: Token) -> ExpressionIssue {
        let open = opening.found.en
        return syntax(token.range,
                      en: "expected \",\" or \(Wording.quoted(closing)) to close \(open) at \(opening.range.start), found \(token.found.en)",
                      zh: "应有 \",\" 或与 \(opening.range.start) 处的 \(open) 配对的 \(Wording.quoted(closing))，实际为\(token.found.zh)")
    }

    static func unexpectedCharacter(_ text: String, hint: (en: String, zh: String)?, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "unexpected character \(Wording.quoted(text))" + (hint.map { "; \($0.en)" } ?? ""),
               zh: "意外的字符 \(Wording.quoted(text))" + (hint.map { "；\($0.zh)" } ?? ""))
    }

    /// The quote character is shown bare: quoting `"` in quotes would be unreadable.
    static func unterminatedString(quote: Character, at start: SourceLocation, endOfLine: Bool, range: SourceRange) -> ExpressionIssue {
        syntax(range,
               en: "unterminated string starting at \(start): expected a closing \(quote), found end of \(endOfLine ? "line" : "expression")",
               zh: "\(start) 处开始的字符串未结束：应有结束的 \(quote)，实际为\(endOfLine ? "行尾" : "表达式结尾")")
    }

    static func unknownEscape(_ text: String, range: SourceRange) -> ExpressionIssue {
        let allowed = [#"\""#, #"\'"#, #"\\"#, #"\n"#, #"\t"#]
        return syntax(range, en: "unknown escape \(Wording.quoted(text)) in string: expected one of \(Wording.listEN(allowed))",
                      zh: "字符串中有未知的转义 \(Wording.quoted(text))：应为以下之一：\(Wording.listZH(allowed))")
    }

    static func leadingZero(_ text: String, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "number \(Wording.quoted(text)) must not start with a leading zero",
               zh: "数字 \(Wording.quoted(text)) 不能以多余的 0 开头")
    }

    static func missingFraction(_ text: String, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "expected a digit after \".\" in number \(Wording.quoted(text))",
               zh: "数字 \(Wording.quoted(text)) 的 \".\" 之后应有数字")
    }

    static func numberTooLarge(_ text: String, range: SourceRange) -> ExpressionIssue {
        syntax(range,
               en: "number \(Wording.quoted(text)) is too large or has more than \(DecimalValue.maxScale) decimals",
               zh: "数字 \(Wording.quoted(text)) 过大或小数位超过 \(DecimalValue.maxScale) 位")
    }

    static func uppercaseName(_ text: String, range: SourceRange) -> ExpressionIssue {
        let lower = Wording.quoted(text.lowercased())
        return syntax(range, en: "name \(Wording.quoted(text)) must be lowercase snake_case; did you mean \(lower)?",
                      zh: "名称 \(Wording.quoted(text)) 必须为小写蛇形命名；是否应为 \(lower)？")
    }

    static func chainedComparison(_ op: String, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "comparisons cannot be chained: combine them with \"and\" instead of a second \(Wording.quoted(op))",
               zh: "比较不能连写：请用 \"and\" 连接，而不是再写一个 \(Wording.quoted(op))")
    }

    static func dottedCall(_ path: String, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "\(Wording.quoted(path)) cannot be called: only built-in functions take arguments",
               zh: "\(Wording.quoted(path)) 不能被调用：只有内置函数可以带参数")
    }

    static func tooDeep(limit: Int, range: SourceRange) -> ExpressionIssue {
        syntax(range, en: "expression is nested too deeply: more than \(limit) levels",
               zh: "表达式嵌套过深：超过 \(limit) 层")
    }
}
