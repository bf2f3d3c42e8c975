import FlowDomain
import Testing

@Suite("Masking identifiers in free text")
struct TextMaskingTests {
    @Test("ID numbers, mobiles and long digit runs are masked; short numbers and words stay")
    func masksRuns() {
        let masked = Masking.identifiers(in: "身份证 110101199003070011 与手机 13812345678 不匹配; card 6222020000000000000, code 2026")
        #expect(masked == "身份证 110***********0011 与手机 138****5678 不匹配; card **** 0000, code 2026")
        #expect(Masking.identifiers(in: "ref 12345678901234") == "ref 123*******1234")
        #expect(Masking.identifiers(in: "ok") == "ok")
    }
}
