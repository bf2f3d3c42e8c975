import FlowDiagnostics
import FlowDomain
import FlowExpressions
import Testing

/// Values the engine would supply for ``sampleScope``.
private let sampleValues: [String: ExpressionValue] = [
    "method": .string("ukey"),
    "count": .int(3),
    "rate": .decimal(DecimalValue("0.15") ?? DecimalValue(0)),
    "fee": .money(Money(fen: 30_000)),
    "discount": .null,
    "name": .string("张三丰"),
    "remark": .null,
    "agree": .bool(true),
    "urgent": .null,
    "expires": .date(date(2026, 3, 1)),
    "renew_on": .null,
    "materials": .list([.string("licence"), .string("seal")]),
    "tags": .list([]),
    "channel.invoice_email": .string(""),
    "channel.price": .money(Money(fen: 29_950)),
    "channel.methods": .list([.string("online"), .string("ukey")]),
    "certificate.not_after": .date(date(2026, 2, 14)),
    "certificate.uscc": .string("91350100M000100Y43"),
    "big": .int(Int64.max),
]

private let fixedToday = date(2026, 1, 15)

private func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day) ?? CivilDate.todayInShanghai()
}

private func evaluate(_ text: String, _ values: [String: ExpressionValue] = sampleValues) throws -> ExpressionValue {
    try ExpressionEvaluator.evaluate(try parse(text), environment: { values[$0.joined(separator: ".")] }, today: fixedToday)
}

/// The error evaluating `text`, or nil when it succeeds.
private func failure(_ text: String) throws -> ExpressionError? {
    let expression = try parse(text)
    do {
        _ = try ExpressionEvaluator.evaluate(expression, environment: { sampleValues[$0.joined(separator: ".")] },
                                             today: fixedToday)
        return nil
    } catch {
        return error
    }
}

struct EvaluatorTests {
    @Test(arguments: [
        // Logic and comparisons.
        ("agree and count > 2", true), ("not agree or count == 3", true), ("count >= 4", false),
        ("count == 3.0", true), ("rate < 0.2", true), ("rate + 0.05 == 0.2", true), ("0.1 + 0.2 == 0.3", true),
        ("method == \"ukey\"", true), ("method in [\"online\", \"ukey\"]", true), ("method not in channel.methods", false),
        ("\"seal\" in materials", true), ("\"id_card\" in materials", false), ("materials == [\"licence\", \"seal\"]", true),
        ("name == \"张三丰\" and len(name) == 3", true), ("count - 5 == -2", true), ("-count < 0", true),
        // Money against money and yuan literals.
        ("fee == 300", true), ("fee == 300.00", true), ("fee > 299.99", true), ("fee < 300.01", true),
        ("fee > channel.price", true), ("fee - channel.price == 0.5", true), ("fee + 0.5 > 300", true),
        ("100 - fee == -200", true), ("fee in [100, 300]", true), ("-fee < 0", true),
        // Dates.
        ("today() == date(\"2026-01-15\")", true), ("days_until(certificate.not_after) == 30", true),
        ("days_until(date(\"2026-01-01\")) == -14", true), ("expires - today() == 45", true),
        ("today() + 17 == date(\"2026-02-01\")", true), ("date(\"2024-02-28\") + 1 == date(\"2024-02-29\")", true),
        ("date(\"2025-03-01\") - 1 == date(\"2025-02-28\")", true), ("expires > certificate.not_after", true),
        // Absent values.
        ("remark == null", true), ("remark != null", false), ("discount > 10", false), ("discount <= 10", false),
        ("not urgent", true), ("urgent or agree", true), ("urgent and agree", false),
        ("is_set(remark)", false), ("is_set(tags)", false), ("is_set(channel.invoice_email)", false),
        ("is_set(name)", true), ("is_set(never_given)", false), ("len(remark) == 0", true),
        ("remark in [\"a\"]", false), ("remark not in [\"a\"]", true), ("renew_on < today()", false),
        // Short-circuit: the missing name is never read.
        ("false and missing", false), ("true or missing", true),
    ])
    func conditions(text: String, expected: Bool) throws {
        #expect(try evaluate(text) == .bool(expected))
    }

    @Test func computedValues() throws {
        #expect(try evaluate("fee + 0.5") == .money(Money(fen: 30_050)))
        #expect(try evaluate("fee - channel.price") == .money(Money(fen: 50)))
        #expect(try evaluate("count + 1") == .int(4))
        #expect(try evaluate("count + rate") == .decimal(DecimalValue("3.15") ?? DecimalValue(0)))
        #expect(try evaluate("expires + 30") == .date(date(2026, 3, 31)))
        #expect(try evaluate("days_until(renew_on)") == .null)
        #expect(try evaluate("discount + 1") == .null)
        #expect(try evaluate("-discount") == .null)
        #expect(try evaluate("[count, 4]") == .list([.int(3), .int(4)]))
        #expect(try evaluate("\"a\\tb\"") == .string("a\tb"))
    }

    @Test func missingValueIsAnError() throws {
        let error = try failure("count > 1 and missing_field == 2")
        #expect(error == .missingValue(path: ["missing_field"], range: range(1, 15, 28)))
        #expect(error?.description == #"1:15: no value for "missing_field""#)
        #expect(error?.message.zh == #""missing_field" 没有值"#)
    }

    @Test func overflowIsAnError() throws {
        #expect(try failure("big + 1 > 0") == .overflow(range: range(1, 1, 8)))
        #expect(try failure("big + 1 > 0")?.description == "1:1: arithmetic overflow: the result is out of range")
        #expect(try failure("0 - big - 2 < 0") == .overflow(range: range(1, 1, 12)))
    }

    @Test func datesOutsideTheCalendarAreAnError() throws {
        #expect(try failure("expires + 3000000 > today()") == .dateOutOfRange(range: range(1, 1, 18)))
        #expect(try failure("date(\"0001-01-01\") - 1 < today()")?.description
            == "1:1: the date is outside the years 1 to 9999")
    }

    @Test func wrongKindsFromTheEnvironmentAreAnError() throws {
        let values: [String: ExpressionValue] = ["count": .string("3"), "flag": .int(1)]
        func failing(_ text: String) throws -> String? {
            do {
                _ = try evaluate(text, values)
                return nil
            } catch {
                return (error as? ExpressionError)?.description
            }
        }
        #expect(try failing("count > 1") == "1:1: cannot compare string with int")
        #expect(try failing("count + 1 == 1") == #"1:1: cannot apply "+" to string and int"#)
        #expect(try failing("flag and true") == "1:1: expected bool, found int")
        #expect(try failing("len(flag) == 1") == #"1:1: argument of "len" must be a string or a list, found int"#)
        #expect(try failing("count in flag") == #"1:1: right operand of "in" must be a list, found int"#)
    }

    @Test func uncheckedNonsenseFailsCleanly() throws {
        #expect(try failure("nope(1)")?.description
            == #"1:1: unknown function "nope": expected one of "date", "days_until", "is_set", "len", "today""#)
        #expect(try failure("date(\"2026-02-30\") < today()")?.description
            == #"1:1: argument of "date" must be a string literal such as "2026-01-31""#)
        #expect(try failure("fee + 0.001 > 0")?.description
            == "1:1: yuan amount 0.001 has more than two decimals; money is counted in whole fen")
    }

    @Test func valueDescriptions() {
        #expect(ExpressionValue.money(Money(fen: 30_050)).description == "¥300.50")
        #expect(ExpressionValue.list([.string("a\"b"), .int(1), .null]).description == #"["a\"b", 1, null]"#)
        #expect(ExpressionValue.date(date(2026, 1, 5)).description == "2026-01-05")
    }
}
