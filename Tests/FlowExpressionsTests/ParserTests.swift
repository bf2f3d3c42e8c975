import FlowDiagnostics
import FlowExpressions
import Testing

struct ParserTests {
    @Test(arguments: [
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c and d", "((a and b) or (c and d))"),
        ("a or b or c", "(a or b or c)"),
        ("a and b and c or d", "((a and b and c) or d)"),
        ("not a and b", "((not a) and b)"),
        ("not a == b", "(not (a == b))"),
        ("not not a", "(not (not a))"),
        ("a + b == c - d", "((a + b) == (c - d))"),
        ("a - b - c", "((a - b) - c)"),
        ("a - (b - c)", "(a - (b - c))"),
        ("-a + b", "((-a) + b)"),
        ("- -a", "(-(-a))"),
        ("-(a + b)", "(-(a + b))"),
        ("(a or b) and c", "((a or b) and c)"),
        ("a in [1, 2] or b not in [\"x\"]", "((a in [1, 2]) or (b not in [\"x\"]))"),
        ("a + 1 in b", "((a + 1) in b)"),
        ("not a in b", "(not (a in b))"),
        ("a <= b and c >= d and e != f", "((a <= b) and (c >= d) and (e != f))"),
        ("channel.price > certificate.fee", "(channel.price > certificate.fee)"),
        ("len(name) > 3", "(len(name) > 3)"),
        ("days_until(certificate.not_after) <= 30", "(days_until(certificate.not_after) <= 30)"),
        ("is_set(x) and today() < date(\"2026-01-31\")", "(is_set(x) and (today() < date(\"2026-01-31\")))"),
        ("f(a, b + 1, [])", "f(a, (b + 1), [])"),
        ("((a))", "a"),
    ])
    func precedence(text: String, grouping: String) throws {
        #expect(try parse(text).root.description == grouping)
    }

    @Test(arguments: [
        ("3", ExpressionValue.int(3)),
        ("0", .int(0)),
        ("0.5", .decimal(DecimalValue(units: 5, scale: 1) ?? DecimalValue(0))),
        ("0.50", .decimal(DecimalValue(units: 5, scale: 1) ?? DecimalValue(0))),
        ("9223372036854775807", .int(Int64.max)),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("\"text\"", .string("text")),
        ("'text'", .string("text")),
        (#"'it\'s'"#, .string("it's")),
        (#""say \"hi\"""#, .string("say \"hi\"")),
        (#""a\\b\nc\td""#, .string("a\\b\nc\td")),
        (#""'""#, .string("'")),
        ("\"中文\"", .string("中文")),
    ])
    func literals(text: String, value: ExpressionValue) throws {
        guard case let .literal(parsed, _) = try parse(text).root else {
            Issue.record("not a literal: \(text)")
            return
        }
        #expect(parsed == value)
    }

    @Test func rangesAreFilePositions() throws {
        // As in `    when: fee > 300` with the expression at 4:11.
        let expression = try parse("fee > 300", line: 4, column: 11)
        guard case let .comparison(op, left, right, whole) = expression.root else {
            Issue.record("not a comparison")
            return
        }
        #expect(op == .greater)
        #expect(whole == range(4, 11, 20))
        #expect(left.range == range(4, 11, 14))
        #expect(right.range == range(4, 17, 20))
    }

    @Test func parenthesesBelongToTheEnclosingRange() throws {
        let expression = try parse("(a + b) - c")
        #expect(expression.root.range == range(1, 1, 12))
        #expect(expression.root.children.first?.range == range(1, 2, 7))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let expression = try parse("name == \"中文名\" and ok")
        #expect(expression.references.map(\.range) == [range(1, 1, 5), range(1, 19, 21)])
    }

    @Test func newlinesAdvanceLines() throws {
        let expression = try parse("a and\n  channel.b", line: 7, column: 9)
        #expect(expression.references.map(\.range) == [
            range(7, 9, 10),
            SourceRange(start: location(8, 3), end: location(8, 12)),
        ])
    }

    @Test func referencesInSourceOrder() throws {
        let expression = try parse("is_set(a) and channel.b == c.d or len([e, 1]) > f")
        #expect(expression.references.map(\.path) == [["a"], ["channel", "b"], ["c", "d"], ["e"], ["f"]])
        #expect(expression.references.map(\.range.start) == [
            location(1, 8), location(1, 15), location(1, 28), location(1, 40), location(1, 49),
        ])
    }

    @Test func keepsTextAndOrigin() throws {
        let expression = try parse("a == 1", line: 2, column: 5)
        #expect(expression.text == "a == 1")
        #expect(expression.origin == location(2, 5))
    }

    @Test func longFlatChainsAreNotDeep() throws {
        let text = (1...2_000).map { "a\($0)" }.joined(separator: " or ")
        let expression = try parse(text)
        #expect(expression.root.children.count == 2_000)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = ExpressionParser.maxDepth
        #expect(syntaxIssue(String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)) == nil)
        #expect(syntaxIssue(String(repeating: "not ", count: depth) + "a") == nil)
        #expect(syntaxIssue((0...depth).map { "a\($0)" }.joined(separator: " + ")) == nil)
    }

    @Test(arguments: [
        (String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65), "1:65"),
        (String(repeating: "[", count: 65) + String(repeating: "]", count: 65), "1:65"),
        (String(repeating: "not ", count: 65) + "a", "1:257"),
        (String(repeating: "-", count: 65) + "1", "1:65"),
        ((1...66).map { _ in "a" }.joined(separator: " + "), "1:259"),
        (String(repeating: "len(", count: 65) + "a" + String(repeating: ")", count: 65), "1:260"),
    ])
    func nestingBeyondTheLimitIsAnIssue(text: String, position: String) {
        #expect(syntaxIssue(text) == "\(position): expression is nested too deeply: more than 64 levels")
    }

    @Test func hostileNestingDoesNotCrash() {
        let text = String(repeating: "(", count: 200_000)
        #expect(syntaxIssue(text) == "1:65: expression is nested too deeply: more than 64 levels")
    }
}
