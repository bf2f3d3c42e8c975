import FlowExpressions
import Testing

struct DecimalValueTests {
    @Test(arguments: [
        ("0", "0"), ("12", "12"), ("0.5", "0.5"), ("0.50", "0.5"), ("-3.25", "-3.25"), ("-0.05", "-0.05"),
        ("100.000", "100"), ("9223372036854775807", "9223372036854775807"), ("0.000000000000000001", "0.000000000000000001"),
    ])
    func parsesAndPrints(text: String, printed: String) {
        #expect(DecimalValue(text)?.description == printed)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1e3", "+1", "1,5", "１", "9223372036854775808", "0.0000000000000000001"])
    func rejects(text: String) {
        #expect(DecimalValue(text) == nil)
    }

    @Test func equalityIgnoresTrailingZeros() {
        #expect(DecimalValue("0.50") == DecimalValue("0.5"))
        #expect(DecimalValue(units: 500, scale: 2) == DecimalValue(5))
        #expect(Set([DecimalValue("1.0"), DecimalValue("1")]).count == 1)
        #expect(DecimalValue(units: 1, scale: 19) == nil)
    }

    @Test func ordersExactlyAcrossScales() throws {
        let small = try #require(DecimalValue("0.000000000000000001"))
        let large = try #require(DecimalValue("9223372036854775807"))
        #expect(small < large)
        #expect(try #require(DecimalValue("-0.1")) < DecimalValue(0))
        #expect(try #require(DecimalValue("2.5")) > DecimalValue(2))
    }

    @Test func arithmeticIsExactOrNil() throws {
        let tenth = try #require(DecimalValue("0.1"))
        let fifth = try #require(DecimalValue("0.2"))
        #expect(tenth.adding(fifth) == DecimalValue("0.3"))
        #expect(tenth.subtracting(fifth) == DecimalValue("-0.1"))
        #expect(DecimalValue(Int64.max).adding(DecimalValue(1)) == nil)
        #expect(DecimalValue(Int64.min).negated() == nil)
        #expect(try #require(DecimalValue("0.000000000000000001")).adding(DecimalValue(10)) == nil)
    }

    @Test func wholeFen() {
        #expect(DecimalValue("300")?.wholeFen == 30_000)
        #expect(DecimalValue("0.5")?.wholeFen == 50)
        #expect(DecimalValue("-0.01")?.wholeFen == -1)
        #expect(DecimalValue("0.001")?.wholeFen == nil)
        #expect(DecimalValue("92233720368547758.08")?.wholeFen == nil)
    }
}
