import FlowDiagnostics
import FlowExpressions
import Testing

/// Every syntax message, verbatim, with its position.
struct SyntaxErrorTests {
    @Test(arguments: [
        ("", "1:1: expected an expression, found end of expression"),
        ("   ", "1:4: expected an expression, found end of expression"),
        ("(a or b", #"1:8: expected ")" to close "(" at 1:1, found end of expression"#),
        ("f(x) and (a == 1 or b", #"1:22: expected ")" to close "(" at 1:10, found end of expression"#),
        ("(a b)", #"1:4: expected ")" to close "(" at 1:1, found "b""#),
        ("a ==", "1:5: expected an expression, found end of expression"),
        ("a == and", #"1:6: expected an expression, found "and""#),
        (")", #"1:1: expected an expression, found ")""#),
        ("a b", #"1:3: expected an operator or end of expression, found "b""#),
        ("a == 1 2", "1:8: expected an operator or end of expression, found number 2"),
        ("3abc", #"1:2: expected an operator or end of expression, found "abc""#),
        ("a)", #"1:2: expected an operator or end of expression, found ")""#),
        (#"["a" "b"]"#, #"1:6: expected "," or "]" to close "[" at 1:1, found string "b""#),
        ("[1, ]", #"1:5: expected an expression, found "]""#),
        ("[1, 2", #"1:6: expected "," or "]" to close "[" at 1:1, found end of expression"#),
        ("len(a b)", #"1:7: expected "," or ")" to close "(" at 1:4, found "b""#),
        ("a < b < c", #"1:7: comparisons cannot be chained: combine them with "and" instead of a second "<""#),
        ("a == b in c", #"1:8: comparisons cannot be chained: combine them with "and" instead of a second "in""#),
        ("a == b not in c", #"1:8: comparisons cannot be chained: combine them with "and" instead of a second "not in""#),
        ("a not b", #"1:7: expected "in" after "not", found "b""#),
        ("a not", #"1:6: expected "in" after "not", found end of expression"#),
        ("channel.", #"1:9: expected a name after ".", found end of expression"#),
        ("channel.in", #"1:9: expected a name after ".", found "in""#),
        ("channel.x()", #"1:1: "channel.x" cannot be called: only built-in functions take arguments"#),
        ("a = 1", #"1:3: unexpected character "="; did you mean "=="?"#),
        ("!a", #"1:1: unexpected character "!"; write "not" or "!=""#),
        ("a && b", #"1:3: unexpected character "&"; write "and""#),
        ("a || b", #"1:3: unexpected character "|"; write "or""#),
        ("a * 2", #"1:3: unexpected character "*"; only "+" and "-" are supported"#),
        ("a == “x”", #"1:6: unexpected character "“"; quote strings with ASCII ' or ""#),
        ("len（a）", #"1:4: unexpected character "（"; did you mean "("? (a half-width character)"#),
        ("a ＝＝ b", #"1:3: unexpected character "＝"; did you mean "="? (a half-width character)"#),
        ("a @ b", #"1:3: unexpected character "@""#),
        ("a \u{7} b", #"1:3: unexpected character "U+0007""#),
        ("a ==\u{A0}b", #"1:5: unexpected character "U+00A0""#),
        ("金额 > 3", #"1:1: unexpected character "金""#),
        (#""abc"#, "1:5: unterminated string starting at 1:1: expected a closing \", found end of expression"),
        ("x == 'abc", "1:10: unterminated string starting at 1:6: expected a closing ', found end of expression"),
        ("\"ab\ncd\"", "1:4: unterminated string starting at 1:1: expected a closing \", found end of line"),
        (#""ab\"#, "1:5: unterminated string starting at 1:1: expected a closing \", found end of expression"),
        (#"'a\qb'"#, #"1:3: unknown escape "\q" in string: expected one of "\"", "\'", "\\", "\n", "\t""#),
        ("007", #"1:1: number "007" must not start with a leading zero"#),
        ("00.5", #"1:1: number "00.5" must not start with a leading zero"#),
        ("1.", #"1:1: expected a digit after "." in number "1.""#),
        ("1.x", #"1:1: expected a digit after "." in number "1.""#),
        ("99999999999999999999", #"1:1: number "99999999999999999999" is too large or has more than 18 decimals"#),
        ("0.1234567890123456789", #"1:1: number "0.1234567890123456789" is too large or has more than 18 decimals"#),
        ("Method == 1", #"1:1: name "Method" must be lowercase snake_case; did you mean "method"?"#),
        ("channel.Price", #"1:9: name "Price" must be lowercase snake_case; did you mean "price"?"#),
    ])
    func message(text: String, expected: String) {
        #expect(syntaxIssue(text) == expected)
    }

    @Test func positionsFollowTheOrigin() {
        #expect(syntaxIssue("a ==", line: 3, column: 9) == "3:13: expected an expression, found end of expression")
        #expect(syntaxIssue("a and\n  (b", line: 5, column: 11)
            == #"6:5: expected ")" to close "(" at 6:3, found end of expression"#)
    }

    @Test func reportsTheFirstProblemInTheText() {
        // The parser meets the stray ")" before the lexer reaches "@".
        #expect(syntaxIssue(") @") == #"1:1: expected an expression, found ")""#)
    }

    @Test func issueCarriesKindRangeAndBothLanguages() throws {
        let result = ExpressionParser.parse("(a or b", origin: location(2, 7))
        guard case let .failure(issue) = result else {
            Issue.record("parsed")
            return
        }
        #expect(issue.kind == .syntax)
        #expect(issue.range == SourceRange(at: location(2, 14)))
        #expect(issue.message.en == #"expected ")" to close "(" at 2:7, found end of expression"#)
        #expect(issue.message.zh == #"应有 ")" 与 2:7 处的 "(" 配对，实际为表达式结尾"#)
    }

    @Test(arguments: [
        ("a b", #"此处应为运算符或表达式结尾，实际为"b""#),
        ("a = 1", #"意外的字符 "="；是否应为 "=="？"#),
        (#""abc"#, "1:1 处开始的字符串未结束：应有结束的 \"，实际为表达式结尾"),
        ("a < b < c", #"比较不能连写：请用 "and" 连接，而不是再写一个 "<""#),
        (String(repeating: "(", count: 70), "表达式嵌套过深：超过 64 层"),
    ])
    func chineseMessages(text: String, zh: String) {
        guard case let .failure(issue) = ExpressionParser.parse(text, origin: location(1, 1)) else {
            Issue.record("parsed: \(text)")
            return
        }
        #expect(issue.message.zh == zh)
    }
}
