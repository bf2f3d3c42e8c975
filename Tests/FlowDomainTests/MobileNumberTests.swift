import FlowDomain
import Testing

struct MobileNumberTests {
    @Test(arguments: ["13812345678", "17400123456", "17411123456", "17499123456", "19512345678"])
    func smsCapableRanges(value: String) {
        #expect(IdentifierKind.mobile.validateStrictly(value).verdict == .accept)
    }

    @Test(arguments: ["17413123456", "17420123456", "16012345678", "16812345678", "14612345678", "14812345678"])
    func rangesThatCannotReceiveSMSWarn(value: String) {
        let check = IdentifierKind.mobile.validateStrictly(value)
        #expect(check.verdict == .warn)
        #expect(check.warnings == [.smsPrefix])
    }

    @Test(arguments: [
        ("1381234567a", IdentifierReason.charset),
        ("１３８12345678", .charset),  // strict: full-width digits are not digits
        ("1381234567", .length),
        ("12345678901", .prefix),
        ("01012345678", .prefix),
    ])
    func rejections(value: String, reason: IdentifierReason) {
        #expect(IdentifierKind.mobile.validateStrictly(value).rejection == reason)
    }

    @Test(arguments: [
        ("+86 138 1234 5678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("(+86) 138-1234-5678", "13812345678"),
        ("１３８ １２３４ ５６７８", "13812345678"),
        ("138 1234 567", "1381234567"),
        ("86138123456", "86138123456"),  // only 9 digits follow: 86 stays
    ])
    func normalisation(raw: String, normalized: String) {
        #expect(IdentifierKind.mobile.normalize(raw) == normalized)
    }

    @Test func shortNumberStaysInvalidAfterNormalisation() {
        #expect(IdentifierKind.mobile.check("138 1234 567").rejection == .length)
    }

    @Test func typeMasksItself() throws {
        let number = try #require(MobileNumber("+86 138 1234 5678"))
        #expect(number.unmaskedValue == "13812345678")
        #expect(number.masked == "138****5678")
        #expect(MobileNumber("1440123456789") == nil)
    }
}
