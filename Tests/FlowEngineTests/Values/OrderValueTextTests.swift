import FlowDomain
@testable import FlowEngine
import Testing

/// The exact texts stored: orders written before a change must read the same after it.
@Suite("OrderValue's stored text")
struct OrderValueTextTests {
    @Test("each kind is one member naming its type, compact, with JSON's escapes")
    func kinds() {
        #expect(OrderValue.string("北京 \"示例\" \\ 路\n1 号").json == #"{"string":"北京 \"示例\" \\ 路\n1 号"}"#)
        #expect(OrderValue.string("\u{2028}\u{01}").json == #"{"string":"\u2028\u0001"}"#)
        #expect(OrderValue.int(-42).json == #"{"int":-42}"#)
        #expect(OrderValue.bool(true).json == #"{"bool":true}"#)
        #expect(OrderValue.bool(false).json == #"{"bool":false}"#)
        #expect(OrderValue.money(Money(fen: 75_000)).json == #"{"fen":75000}"#)
        #expect(OrderValue.date(CivilDate(year: 2027, month: 1, day: 31)!).json == #"{"date":"2027-01-31"}"#)
        #expect(OrderValue.list([]).json == #"{"list":[]}"#)
        #expect(OrderValue.list([.string("a"), .list([.int(1)])]).json == #"{"list":[{"string":"a"},{"list":[{"int":1}]}]}"#)
    }

    @Test("a map of values: keys sorted, empty as {}")
    func maps() {
        #expect(OrderValue.json([:]) == "{}")
        #expect(OrderValue.json(["sms.sent": .bool(true), "price.amount": .money(Money(fen: 100)), "a\"b": .string("x")])
            == #"{"a\"b":{"string":"x"},"price.amount":{"fen":100},"sms.sent":{"bool":true}}"#)
    }
}
