import FlowDomain
@testable import FlowEngine
import Testing

@Suite("OrderValue as stored JSON")
struct OrderValueJSONTests {
    @Test("every kind of value comes back as it was stored, escapes and all")
    func roundTrip() {
        let values: [OrderValue] = [
            .string("北京 \"示例\" \\ 路\n1 号 😀"), .int(-42), .bool(true), .money(Money(fen: 75_000)),
            .date(CivilDate(year: 2027, month: 1, day: 31)!), .list([.string("a"), .int(1)]),
        ]
        for value in values {
            #expect(OrderValue(json: value.json) == value)
        }
        let outputs: [String: OrderValue] = ["price.amount": .money(Money(fen: 100)), "sms.sent": .bool(true)]
        #expect(OrderValue.values(json: OrderValue.json(outputs)) == outputs)
    }

    @Test("JSON written elsewhere: unicode escapes with surrogate pairs; anything malformed is refused")
    func foreignText() {
        #expect(OrderValue(json: #"{"string":"\u5317\ud83d\ude00"}"#) == .string("北😀"))
        #expect(OrderValue(json: #"{"string":"\ud83d"}"#) == nil)
        #expect(OrderValue(json: #"{"string":"a""#) == nil)
        #expect(OrderValue(json: #"{"int":1.5}"#) == nil)
        #expect(OrderValue(json: #"{"string":"a","int":1}"#) == nil)
        #expect(OrderValue(json: #"{"date":"2026-02-30"}"#) == nil)
        #expect(OrderValue.values(json: "not json").isEmpty)
    }
}
