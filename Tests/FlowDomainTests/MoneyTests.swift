import FlowDomain
import Testing

struct MoneyTests {
    @Test(arguments: [
        ("300", Int64(30_000)),
        ("300.00", 30_000),
        ("300.5", 30_050),
        ("0.5", 50),
        ("0.05", 5),
        ("0", 0),
        ("0.00", 0),
        ("007", 700),
        ("¥300.00", 30_000),
        ("￥12.34", 1_234),
        ("92233720368547758.07", Int64.max),
    ])
    func parses(text: String, fen: Int64) throws {
        #expect(try Money(yuan: text).fen == fen)
    }

    @Test(arguments: [
        ("", MoneyError.empty),
        ("0.500", .tooManyDecimals),
        ("300.001", .tooManyDecimals),
        ("-300", .negative),
        ("-0.5", .negative),
        ("-¥1.00", .negative),
        ("92233720368547758.08", .overflow),
        ("99999999999999999999", .overflow),
        ("1e3", .malformed),
        (".5", .malformed),
        ("5.", .malformed),
        ("+5", .malformed),
        (" 5", .malformed),
        ("5 ", .malformed),
        ("1,000", .malformed),
        ("１００", .malformed),  // full-width digits are not digits
        ("5.0a", .malformed),
        ("1.2.3", .malformed),
        ("¥", .malformed),
        ("--5", .malformed),
        ("NaN", .malformed),
        // Which error wins: the shape first, then the decimals, then the size, then the sign.
        ("-", .malformed),
        ("-abc", .malformed),
        ("-99999999999999999999", .overflow),
        ("99999999999999999999.123", .tooManyDecimals),
        ("9999999999999999999999x", .malformed),
        ("5\u{301}", .malformed),
        ("¥\u{301}5", .malformed),
        ("٥", .malformed),
    ])
    func rejects(text: String, error: MoneyError) {
        #expect(throws: error) { try Money(yuan: text) }
    }

    @Test(arguments: [
        (Int64(30_000), "¥300.00"),
        (50, "¥0.50"),
        (5, "¥0.05"),
        (0, "¥0.00"),
        (-50, "-¥0.50"),
        (123_456_789, "¥1234567.89"),
        (Int64.max, "¥92233720368547758.07"),
        (Int64.min, "-¥92233720368547758.08"),
    ])
    func formats(fen: Int64, text: String) {
        #expect(Money(fen: fen).formatted == text)
        #expect("\(Money(fen: fen))" == text)
    }

    @Test(arguments: [Int64(0), 1, 50, 30_000, 123_456_789, Int64.max])
    func formattedTextParsesBack(fen: Int64) throws {
        let money = Money(fen: fen)
        #expect(try Money(yuan: money.formatted) == money)
        #expect(try Money(yuan: money.yuanString) == money)
    }

    @Test func arithmetic() throws {
        let price = try Money(yuan: "300")
        let fee = try Money(yuan: "0.5")
        #expect(try price.adding(fee).formatted == "¥300.50")
        #expect(try fee.subtracting(price).formatted == "-¥299.50")
        #expect(try price.multiplied(by: 3).formatted == "¥900.00")
        #expect(try Money.sum([price, fee, fee]).formatted == "¥301.00")
        #expect(try Money.sum([Money]()) == .zero)
        #expect(try price.negated().fen == -30_000)
        #expect(try Money(wholeYuan: 300) == price)
        #expect(fee < price)
        #expect(try fee.subtracting(price).isNegative)
    }

    @Test func arithmeticReportsOverflowInsteadOfTrapping() {
        let max = Money(fen: .max)
        let min = Money(fen: .min)
        let oneFen = Money(fen: 1)
        #expect(throws: MoneyError.overflow) { try max.adding(oneFen) }
        #expect(throws: MoneyError.overflow) { try min.subtracting(oneFen) }
        #expect(throws: MoneyError.overflow) { try max.multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try min.multiplied(by: -1) }
        #expect(throws: MoneyError.overflow) { try min.negated() }
        #expect(throws: MoneyError.overflow) { try Money.sum([max, oneFen, Money(fen: -1)]) }
        #expect(throws: MoneyError.overflow) { try Money(wholeYuan: .max / 10) }
    }

    @Test(arguments: MoneyError.allCases)
    func errorsHaveBilingualMessages(error: MoneyError) {
        #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
        #expect(!error.code.isEmpty)
    }
}
