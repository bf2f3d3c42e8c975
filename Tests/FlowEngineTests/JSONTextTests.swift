@testable import FlowEngine
import Testing

@Suite("JSONText")
struct JSONTextTests {
    @Test("an event's detail: keys sorted, values escaped, nothing as {}")
    func objects() {
        #expect(JSONText.object([:]) == "{}")
        #expect(JSONText.object(["fields": "agreed,uscc"]) == #"{"fields":"agreed,uscc"}"#)
        #expect(JSONText.object(["wait": "review", "action": "price", "q\"": "a\\b\n企业"])
            == #"{"action":"price","q\"":"a\\b\n企业","wait":"review"}"#)
    }

    @Test("what object writes, strings reads back")
    func roundTrip() {
        let detail = ["reason": "线路\t中断 \"x\"", "code": "\u{7F}"]
        #expect(JSONText.strings(JSONText.object(detail)) == detail)
    }
}
