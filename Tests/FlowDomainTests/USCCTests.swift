import FlowDomain
import Testing

struct USCCTests {
    @Test func workedExamplesFromTheReference() {
        #expect(IdentifierKind.uscc.validateStrictly("914403001922038216").verdict == .accept)
        #expect(IdentifierKind.uscc.validateStrictly("91110000600037341L").verdict == .accept)
    }

    @Test(arguments: [
        ("914403001922038217", IdentifierReason.checksum),
        ("91440300192203821", .length),
        ("91440300192203821I", .charset),
        ("9144030019220382１6", .charset),  // a full-width digit is not a digit
        ("91A40300192203821X", .adminDigits),
    ])
    func rejections(value: String, reason: IdentifierReason) {
        let check = IdentifierKind.uscc.validateStrictly(value)
        #expect(check.verdict == .reject)
        #expect(check.rejection == reason)
    }

    @Test func everyWrongCheckCharacterIsCaught() {
        let body = "91440300192203821"
        let alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        let accepted = alphabet.filter { IdentifierKind.uscc.validateStrictly(body + String($0)).isAccepted }
        #expect(accepted == "6")
    }

    @Test func checkCharacterIsZeroWhenTheSumIsAMultipleOf31() {
        // Position 17 has weight 28, coprime to 31, so exactly one of its 31 symbols makes the
        // weighted sum a multiple of 31; that code, and only that one, must end in 0.
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let endingInZero = alphabet.filter { symbol in
            IdentifierKind.uscc.validateStrictly("9144030019220382" + String(symbol) + "0").rejection == nil
        }
        #expect(endingInZero.count == 1)
    }

    @Test func organisationCheckFailureIsOnlyAWarning() throws {
        let check = IdentifierKind.uscc.validateStrictly("91310000631295002H")
        #expect(check.verdict == .warn)
        #expect(check.warnings == [.orgCheck])
        let code = try #require(USCC("91310000631295002H"))
        #expect(code.value == "91310000631295002H")
    }

    @Test func letterLedCodesAreLegal() {
        #expect(USCC("N21101055Y0B1C2D8E") != nil)
        #expect(USCC("Y14403003E4F5G6H2B") != nil)
    }

    @Test func typeNormalisesAndIsShownInFull() throws {
        let code = try #require(USCC(" 9144 0300 7084 6113 6t "))
        #expect(code.value == "91440300708461136T")
        #expect("\(code)" == "91440300708461136T")
        #expect(USCC("91440300708461136Z") == nil)
    }

    @Test func lowerCaseIsRejectedStrictlyButFixedByNormalisation() {
        #expect(IdentifierKind.uscc.validateStrictly("91330100716105852f").rejection == .charset)
        #expect(IdentifierKind.uscc.check("91330100716105852f").verdict == .accept)
    }

    @Test func aSixteenCharacterBodyIsCompletedWithBothCheckCharacters() {
        #expect(USCC.completing("9111000070000000")?.value == "911100007000000011")
        #expect(USCC.completing("9111000070000001")?.value == "9111000070000001XQ")
        #expect(USCC.completing("9111000071234567")?.value == "91110000712345672N")
        #expect(USCC.completing("91110000600037341L".prefix(16).description)?.value == "91110000600037341L")
        #expect(USCC.completing("911100007000000") == nil)
        #expect(USCC.completing("91110000700000I0") == nil)
    }
}
