import FlowDomain
import Testing

struct PersonalDataDetectionTests {
    @Test(arguments: [
        ("110101199003070011", IdentifierKind.residentID),
        ("+86 138 1234 5678", .mobile),
        ("13812345678", .mobile),
        ("6222 0200 0000 0000 000", .bankCard),
        ("4111111111111111", .bankCard),
    ])
    func flagsValidPersonalIdentifiers(text: String, kind: IdentifierKind) throws {
        let found = try #require(IdentifierKind.plausiblePersonalIdentifier(in: text, today: fixedToday()))
        #expect(found.kind == kind)
        #expect(!found.maskedValue.contains(found.normalizedValue))
    }

    @Test(arguments: [
        "914403001922038216",  // a USCC is not personal data
        "6217001234567890",    // fails Luhn: more likely any number than a card
        "15412345678",         // unassigned range
        "110101199003070010",  // wrong check character
        "2026-02-14",
        "300.00",
        "zhang.san@example.com",  // email is not scanned by default
        "",
    ])
    func ignoresEverythingElse(text: String) throws {
        #expect(IdentifierKind.plausiblePersonalIdentifier(in: text, today: try fixedToday()) == nil)
    }

    @Test func emailCanBeRequested() throws {
        let found = IdentifierKind.plausiblePersonalIdentifier(
            in: "zhang.san@example.com", among: [.email], today: try fixedToday())
        #expect(found?.kind == .email)
    }

    @Test func usccIsNeverReportedEvenWhenAsked() throws {
        let found = IdentifierKind.plausiblePersonalIdentifier(
            in: "914403001922038216", among: IdentifierKind.allCases, today: try fixedToday())
        #expect(found == nil)
    }
}
