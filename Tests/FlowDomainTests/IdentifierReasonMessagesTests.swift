import FlowDomain
import Testing

struct IdentifierReasonMessagesTests {
    /// The reason codes the reference lists per kind (section 8).
    static let codesByKind: [IdentifierKind: [IdentifierReason]] = [
        .uscc: [.length, .charset, .adminDigits, .checksum, .orgCheck],
        .residentID: [.length, .legacy15, .charset, .region, .date, .dateMin, .future, .checksum],
        .mobile: [.charset, .length, .prefix, .smsPrefix],
        .bankCard: [.charset, .length, .luhn],
        .email: [.nonASCII, .at, .length, .local, .domain],
    ]

    @Test(arguments: IdentifierKind.allCases)
    func everyReasonOfAKindHasItsOwnBilingualMessage(kind: IdentifierKind) throws {
        let reasons = try #require(Self.codesByKind[kind])
        let messages = reasons.map { $0.message(for: kind) }
        #expect(Set(messages).count == reasons.count, "messages must be distinct")
        let generic = IdentifierReason.prefix.message(for: .uscc)
        for message in messages {
            #expect(!message.zh.isEmpty && !message.en.isEmpty)
            #expect(message != generic, "a listed reason fell through to the generic text")
            #expect(message.zh.unicodeScalars.contains { $0.value >= 0x4E00 })
            #expect(message.en.unicodeScalars.allSatisfy { $0.isASCII })
        }
    }

    @Test func warningCodesAreTheReferencesWarnings() {
        #expect(Set(IdentifierReason.allCases.filter(\.isWarning)) == [.orgCheck, .smsPrefix, .luhn])
    }

    @Test func codesMatchTheReference() {
        #expect(IdentifierReason.adminDigits.code == "admin_digits")
        #expect(IdentifierReason.dateMin.code == "date_min")
        #expect(IdentifierReason.nonASCII.code == "non_ascii")
        #expect(IdentifierKind.residentID.code == "resident_id")
        #expect(IdentifierKind.bankCard.code == "bank_card")
    }

    @Test func messageNamesTheFieldNotTheValue() {
        let check = IdentifierKind.mobile.check("1381234567")
        #expect(check.messages == [DomainMessage(zh: "手机号码应为11位数字", en: "The mobile number must have 11 digits.")])
        #expect(check.messages.allSatisfy { !$0.description.contains("1381234567") })
    }
}
