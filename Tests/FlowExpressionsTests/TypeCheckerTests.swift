import FlowDiagnostics
import FlowExpressions
import Testing

/// The type rules, each with its verbatim message and position.
struct TypeCheckerTests {
    @Test(arguments: [
        // Booleans and comparisons.
        "agree", "urgent", "not agree", "agree and not urgent or count > 1",
        "method == \"online\"", "\"ukey\" != method", "name == method", "name == \"x\"",
        "count == 1", "count == 1.5", "rate < 2", "rate >= count", "discount != null", "remark == null",
        // Money against money and yuan literals.
        "fee > 300", "fee >= 0.5", "fee == 300.00", "-5 < fee", "fee > -0.5", "fee < channel.price",
        "fee in [100, 200.5]", "discount > 10",
        // Dates.
        "expires > today()", "expires < date(\"2026-01-31\")", "renew_on <= expires + 30",
        "days_until(certificate.not_after) <= 30", "expires - today() > 7",
        // Membership.
        "method in [\"online\", \"ukey\"]", "method not in channel.methods", "\"seal\" in materials",
        "name in [\"a\", \"b\"]", "count in [1, 2, 3]", "null in tags", "tags == [\"x\"]",
        // Functions.
        "len(name) > 3", "len(materials) >= 2", "len(method) == 4", "is_set(remark)", "is_set(tags)",
        "is_set(channel.invoice_email) and len(remark) < 200",
    ])
    func accepts(text: String) throws {
        #expect(try issues(text) == [])
    }

    @Test(arguments: [
        ("count + 1", ExpressionType.int, false),
        ("count + rate", .decimal, false),
        ("rate - 1", .decimal, false),
        ("fee + 0.5", .money, false),
        ("100 - fee", .money, false),
        ("fee - channel.price", .money, false),
        ("discount + fee", .money, true),
        ("-fee", .money, false),
        ("expires + 30", .date, false),
        ("renew_on - 1", .date, true),
        ("expires - date(\"2026-01-01\")", .int, false),
        ("days_until(renew_on)", .int, true),
        ("len(remark)", .int, false),
        ("today()", .date, false),
        ("[method, \"other\"]", .list(.string), false),
        ("[1, 2.5]", .list(.decimal), false),
        ("[]", .list(.null), false),
        ("[[1], []]", .list(.list(.int)), false),
        ("method", .enumeration(["online", "ukey"]), false),
        ("remark", .string, true),
    ])
    func infersTypes(text: String, type: ExpressionType, optional: Bool) throws {
        let result = try check(text, expecting: nil)
        #expect(result.issues == [])
        #expect(result.type == type)
        #expect(result.isOptional == optional)
    }

    @Test(arguments: [
        ("count and agree", #"1:1: operand of "and" must be bool, found int"#),
        ("agree or name", #"1:10: operand of "or" must be bool, found string"#),
        ("not fee", #"1:5: operand of "not" must be bool, found money"#),
        ("null and agree", #"1:1: operand of "and" must be bool, found null"#),
        ("\"a\" < 3", "1:1: cannot compare string with int"),
        ("name == count", "1:1: cannot compare string with int"),
        ("agree == 1", "1:1: cannot compare bool with int"),
        ("expires == \"2026-01-01\"", "1:1: cannot compare date with string"),
        ("fee > count", "1:1: cannot compare money with int: only a number literal such as 300 or 0.5 is read as yuan"),
        ("rate == fee", "1:1: cannot compare decimal with money: only a number literal such as 300 or 0.5 is read as yuan"),
        ("fee > 100 + 50", "1:1: cannot compare money with int: only a number literal such as 300 or 0.5 is read as yuan"),
        ("name < \"m\"", #"1:1: "<" needs numbers, money or dates, found string"#),
        ("method >= \"online\"", #"1:1: ">=" needs numbers, money or dates, found enum("online", "ukey")"#),
        ("agree > false", #"1:1: ">" needs numbers, money or dates, found bool"#),
        ("count < null", #"1:1: "<" cannot compare with null; test for null with "==" or "!=""#),
        ("method in name", #"1:11: right operand of "in" must be a list, found string"#),
        ("count not in 3", #"1:14: right operand of "not in" must be a list, found int"#),
        ("count in [\"a\"]", "1:1: cannot look for int in list(string)"),
        ("count in materials", #"1:1: cannot look for int in list(enum("id_card", "licence", "seal"))"#),
        ("count in [fee]", "1:1: cannot look for int in list(money): only a number literal such as 300 or 0.5 is read as yuan"),
        ("fee > 0.005", "1:7: yuan amount 0.005 has more than two decimals; money is counted in whole fen"),
        ("fee in [1, 0.001]", "1:8: yuan amount 0.001 has more than two decimals; money is counted in whole fen"),
    ])
    func comparisonErrors(text: String, message: String) throws {
        #expect(try issues(text) == [message])
    }

    @Test(arguments: [
        ("name + \"x\"", #"1:1: cannot apply "+" to string and string"#),
        ("count + name", #"1:1: cannot apply "+" to int and string"#),
        ("fee + count", #"1:1: cannot apply "+" to money and int: only a number literal such as 300 or 0.5 is read as yuan"#),
        ("fee - 0.001", #"1:7: yuan amount 0.001 has more than two decimals; money is counted in whole fen"#),
        ("expires + expires", #"1:1: cannot apply "+" to date and date"#),
        ("expires + 1.5", #"1:1: cannot apply "+" to date and decimal"#),
        ("30 + expires", #"1:1: cannot apply "+" to int and date"#),
        ("agree - 1", #"1:1: cannot apply "-" to bool and int"#),
        ("count + null", #"1:1: cannot apply "+" to int and null"#),
        ("-name", #"1:1: cannot apply unary "-" to string"#),
        ("-agree", #"1:1: cannot apply unary "-" to bool"#),
        ("9223372036854775807 + 1", #"1:1: "9223372036854775807 + 1" is out of range"#),
        ("date(\"9999-12-31\") + 1", #"1:1: "date("9999-12-31") + 1" is out of range"#),
        ("[1, \"a\"]", "1:5: list elements must share one type: found string after int"),
        ("[1, null]", "1:5: a list cannot contain null"),
        ("[agree, 1, name]", "1:9: list elements must share one type: found int after bool"),
    ])
    func valueErrors(text: String, message: String) throws {
        var result = try issues(text, expecting: nil)
        if text == "[agree, 1, name]" { result = Array(result.prefix(1)) }
        #expect(result == [message])
    }

    @Test(arguments: [
        ("today(1)", #"1:1: "today" takes no arguments, found 1"#),
        ("len()", #"1:1: "len" takes 1 argument, found 0"#),
        ("len(name, name)", #"1:1: "len" takes 1 argument, found 2"#),
        ("len(count)", #"1:5: argument of "len" must be a string or a list, found int"#),
        ("days_until(name)", #"1:12: argument of "days_until" must be a date, found string"#),
        ("date(name)", #"1:6: argument of "date" must be a string literal such as "2026-01-31""#),
        ("date(\"2026-02-30\")", #"1:6: "2026-02-30" is not a valid date: expected YYYY-MM-DD"#),
        ("date(\"2026-1-31\")", #"1:6: "2026-1-31" is not a valid date: expected YYYY-MM-DD"#),
        ("is_set(\"x\")", #"1:8: argument of "is_set" must be a field or setting name"#),
        ("is_set(len(name))", #"1:8: argument of "is_set" must be a field or setting name"#),
    ])
    func functionErrors(text: String, message: String) throws {
        #expect(try issues(text, expecting: nil) == [message])
    }

    @Test(arguments: [
        ("metod == \"online\"", ExpressionIssue.Kind.unknownName, #"1:1: unknown name "metod"; did you mean "method"?"#),
        ("zzz", .unknownName, #"1:1: unknown name "zzz""#),
        ("today < expires", .unknownName, #"1:1: unknown name "today"; "today" is a function: write "today()""#),
        ("todya() < expires", .unknownName, #"1:1: unknown function "todya"; did you mean "today"?"#),
        ("now() < expires", .unknownName,
         #"1:1: unknown function "now": expected one of "date", "days_until", "is_set", "len", "today""#),
        ("is_set(invoice_title)", .notYetDefined,
         #"1:8: "invoice_title" is read before it is defined: it is defined in step "invoice" (12:7)"#),
        ("channel.invoce_email == \"x\"", .unknownSetting,
         #"1:1: "channel" has no setting "invoce_email"; did you mean "invoice_email"?"#),
        ("channel.colour", .unknownSetting,
         #"1:1: "channel" has no setting "colour": expected one of "invoice_email", "methods", "price""#),
        ("certificate.not_aftre < today()", .unknownSetting,
         #"1:1: "certificate" has no attribute "not_aftre"; did you mean "not_after"?"#),
        ("certificate.serial == \"1\"", .unknownSetting,
         #"1:1: "certificate" has no attribute "serial": expected one of "not_after", "uscc""#),
    ])
    func nameErrors(text: String, kind: ExpressionIssue.Kind, message: String) throws {
        let result = try check(text, expecting: nil)
        #expect(result.issues.map(\.description) == [message])
        #expect(result.issues.map(\.kind) == [kind])
    }

    @Test func unknownSettingOfAnEmptyNamespace() throws {
        struct Empty: ExpressionScope {
            func resolve(_ path: [String]) -> ExpressionResolution { .unknownSetting(available: []) }
        }
        let result = ExpressionChecker.check(try parse("channel.x"), scope: Empty(), expecting: nil)
        #expect(result.issues.map(\.description) == [#"1:1: "channel" has no settings"#])
    }

    @Test func collectsEveryIssue() throws {
        let result = try check("metod == \"x\" and count + \"a\" > 1 and not fee or channel.prise > 0")
        #expect(result.issues.map(\.description) == [
            #"1:1: unknown name "metod"; did you mean "method"?"#,
            #"1:18: cannot apply "+" to int and string"#,
            #"1:42: operand of "not" must be bool, found money"#,
            #"1:49: "channel" has no setting "prise"; did you mean "price"?"#,
        ])
        #expect(result.hasErrors)
    }

    @Test func unknownOperandsDoNotCascade() throws {
        #expect(try issues("(zzz + 1) == 1") == [#"1:2: unknown name "zzz""#])
        #expect(try issues("len(zzz) > 1 and not zzz") == [#"1:5: unknown name "zzz""#, #"1:22: unknown name "zzz""#])
    }

    @Test(arguments: [
        ("count", ExpressionType.bool, "1:1: expected bool, found int"),
        ("name", .money, "1:1: expected money, found string"),
        ("count", .string, "1:1: expected string, found int"),
        ("\"fax\"", .enumeration(["online", "ukey"]), #"1:1: "fax" is not one of "online", "ukey""#),
        ("tags", .list(.int), "1:1: expected list(int), found list(string)"),
    ])
    func expectedType(text: String, expected: ExpressionType, message: String) throws {
        #expect(try issues(text, expecting: expected) == [message])
    }

    @Test(arguments: [
        ("300", ExpressionType.money),
        ("0.5", .money),
        ("count", .decimal),
        ("method", .string),
        ("\"online\"", .enumeration(["online", "ukey"])),
        ("method", .enumeration(["online", "ukey", "post"])),
        ("[]", .list(.string)),
        ("fee + 1", .money),
    ])
    func assignable(text: String, expected: ExpressionType) throws {
        #expect(try issues(text, expecting: expected) == [])
    }

    @Test func chineseMessages() throws {
        let result = try check("metod == 1 and \"a\" < 3 and fee > count")
        #expect(result.issues.map(\.message.zh) == [
            #"未知的名称 "metod"；是否应为 "method"？"#,
            "无法比较 string 与 int",
            "无法比较 money 与 int：只有 300、0.5 这样的数字字面量才按元计",
        ])
    }

    @Test func typeDescriptions() {
        #expect(ExpressionType.enumeration(["ukey", "online"]).description == #"enum("online", "ukey")"#)
        #expect(ExpressionType.list(.list(.money)).description == "list(list(money))")
        #expect(ExpressionType.enumeration(["b", "a"]) == .enumeration(["a", "b"]))
    }
}
