import FlowDomain
import Testing

struct BankCardNumberTests {
    @Test func luhnFailureIsAWarning() {
        let check = IdentifierKind.bankCard.validateStrictly("6217001234567890")
        #expect(check.verdict == .warn)
        #expect(check.warnings == [.luhn])
        #expect(check.messages.map(\.zh) == ["请核对卡号"])
        #expect(BankCardNumber("6217001234567890") != nil)
    }

    @Test(arguments: [
        ("79927398713", IdentifierReason.length),  // Luhn-valid, too short
        ("621700123456789", .length),
        ("62220200000000000000", .length),
        ("621700123456789X", .charset),
        ("621700123456789３", .charset),
    ])
    func rejections(value: String, reason: IdentifierReason) {
        #expect(IdentifierKind.bankCard.validateStrictly(value).rejection == reason)
    }

    @Test(arguments: ["4111111111111111", "5555555555554444", "6222020000000000000"])
    func acceptedWithoutUnionPayPrefixRequirement(value: String) {
        #expect(IdentifierKind.bankCard.validateStrictly(value).verdict == .accept)
    }

    @Test func masks() throws {
        let card = try #require(BankCardNumber("6222 0200 0000 0000 000"))
        #expect(card.unmaskedValue == "6222020000000000000")
        #expect(card.lastFour == "0000")
        #expect(card.masked == "**** 0000")
        #expect(card.maskedWithIssuerPrefix == "622202*********0000")
    }
}
