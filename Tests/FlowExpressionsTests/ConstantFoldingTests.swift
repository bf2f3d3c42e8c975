import FlowDiagnostics
import FlowExpressions
import Testing

/// Conditions that are always true or always false, reported once, where the reason is.
struct ConstantFoldingTests {
    @Test(arguments: [
        // Folding: nothing in it can change.
        ("1 == 1", #"1:1: condition "1 == 1" is always true"#),
        ("not true", #"1:1: condition "not true" is always false"#),
        ("1 == 1 and agree", #"1:1: condition "1 == 1" is always true"#),
        ("agree or 2 < 1", #"1:10: condition "2 < 1" is always false"#),
        ("(1 == 1) or (2 == 3)", #"1:1: condition "(1 == 1) or (2 == 3)" is always true"#),
        ("len(\"abc\") == 3", #"1:1: condition "len("abc") == 3" is always true"#),
        ("date(\"2026-01-01\") < date(\"2026-02-01\")",
         #"1:1: condition "date("2026-01-01") < date("2026-02-01")" is always true"#),
        ("0.1 + 0.2 == 0.3", #"1:1: condition "0.1 + 0.2 == 0.3" is always true"#),
        ("\"a\" in [\"a\", \"b\"]", #"1:1: condition ""a" in ["a", "b"]" is always true"#),
        ("null == null", #"1:1: condition "null == null" is always true"#),
        // An enumeration compared with a string outside its values.
        ("method == \"fax\"", #"1:1: comparison is always false: "fax" is not a value of "method" (one of "online", "ukey")"#),
        ("method != \"fax\"", #"1:1: comparison is always true: "fax" is not a value of "method" (one of "online", "ukey")"#),
        ("\"onlin\" == method",
         #"1:1: comparison is always false: "onlin" is not a value of "method" (one of "online", "ukey"); did you mean "online"?"#),
        ("\"sael\" in materials",
         #"1:1: comparison is always false: "sael" is not a value of "materials" (one of "id_card", "licence", "seal"); did you mean "seal"?"#),
        ("method in [\"online\", \"fax\"]", #"1:22: "fax" can never match: "method" is one of "online", "ukey""#),
        // Empty lists, values that cannot be null, values that are always set.
        ("method in []", "1:1: comparison is always false: the list is empty"),
        ("count not in []", "1:1: comparison is always true: the list is empty"),
        ("count == null", #"1:1: comparison is always false: "count" is never null"#),
        ("null != len(remark)", #"1:1: comparison is always true: "len(remark)" is never null"#),
        ("is_set(count)", #"1:1: "is_set(count)" is always true: "count" is always given"#),
        ("remark == remark", #"1:1: comparison is always true: "remark" is compared with itself"#),
        ("channel.price != channel.price", #"1:1: comparison is always false: "channel.price" is compared with itself"#),
        // Literal operands of `and` / `or` next to a real condition.
        ("true and agree", #"1:1: "true" has no effect in "and""#),
        ("agree or false", #"1:10: "false" has no effect in "or""#),
        ("agree and false", #"1:1: condition is always false because of "false" in "and""#),
        ("true or agree", #"1:1: condition is always true because of "true" in "or""#),
    ])
    func reports(text: String, message: String) throws {
        let result = try check(text)
        #expect(result.issues.map(\.description) == [message])
        #expect(result.issues.map(\.kind) == [.constant])
        #expect(!result.hasErrors)
    }

    @Test(arguments: [
        "true", "false", "agree", "method == \"online\"", "remark == null", "is_set(remark)", "is_set(name)",
        "is_set(tags)", "today() < date(\"2026-01-01\")", "days_until(date(\"2026-01-01\")) > 3",
        "method in [\"online\"]", "\"seal\" in materials", "count + 1 > 3", "fee == channel.price",
    ])
    func staysQuietAboutRealConditions(text: String) throws {
        #expect(try issues(text) == [])
    }

    @Test func reportsOnceForNestedConstants() throws {
        #expect(try issues("not (method == \"fax\")") == [
            #"1:6: comparison is always false: "fax" is not a value of "method" (one of "online", "ukey")"#,
        ])
        #expect(try issues("method == \"fax\" and agree or count == null") == [
            #"1:1: comparison is always false: "fax" is not a value of "method" (one of "online", "ukey")"#,
            #"1:30: comparison is always false: "count" is never null"#,
        ])
        #expect(try issues("not (1 == 1 and 2 == 2)") == [#"1:1: condition "not (1 == 1 and 2 == 2)" is always false"#])
    }

    @Test func everyUnmatchableElementIsReported() throws {
        #expect(try issues("method not in [\"fax\", \"post\"]") == [
            #"1:16: "fax" can never match: "method" is one of "online", "ukey""#,
            #"1:23: "post" can never match: "method" is one of "online", "ukey""#,
        ])
    }

    @Test func constantsSitBesideErrors() throws {
        let result = try check("method == \"fax\" and count + \"a\" > 1")
        #expect(result.issues.map(\.kind) == [.constant, .type])
        #expect(result.hasErrors)
    }

    @Test func chineseMessages() throws {
        #expect(try check("1 == 1").issues.map(\.message.zh) == [#"条件 "1 == 1" 恒为真"#])
        #expect(try check("method == \"fax\"").issues.map(\.message.zh) == [
            #"比较结果恒为假："fax" 不是 "method" 的取值（应为以下之一："online"、"ukey"）"#,
        ])
        #expect(try check("true and agree").issues.map(\.message.zh) == [#""true" 在 "and" 中不起作用"#])
    }
}
