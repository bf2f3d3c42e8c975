import FlowDiagnostics
@testable import FlowEngine
import FlowStore
import Testing

@Suite("One-time codes")
struct OneTimeCodesTests {
    @Test("codes are six random digits, stored only as a salted hash")
    func hashedOnly() {
        let code = OneTimeCodes.generate()
        #expect(code.count == 6 && code.allSatisfy(\.isNumber))
        let stored = OneTimeCodes.hash(code)
        #expect(!stored.contains(code))
        #expect(OneTimeCodes.hash(code) != stored)
        #expect(OneTimeCodes.matches(code, stored))
        #expect(!OneTimeCodes.matches("000000" == code ? "111111" : "000000", stored))
    }

    @Test("an expired or used code is refused; the right code uses it up")
    func expiryAndUse() {
        let record = OneTimeCodeRecord(
            orderId: "A", purpose: "signature", recipientHash: "r", codeHash: OneTimeCodes.hash("123456"), sentAt: 0, expiresAt: 1000)
        #expect(OneTimeCodes.check("123456", record, now: 1001).failure?.en == "the code has expired; request a new one")
        let (used, failure) = OneTimeCodes.check("123456", record, now: 10)
        #expect(failure == nil && used?.used == true)
        #expect(OneTimeCodes.check("123456", used, now: 20).failure?.en == "this code was already used; request a new one")
        #expect(OneTimeCodes.check("123456", nil, now: 20).failure != nil)
    }
}
