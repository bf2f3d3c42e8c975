import FlowDomain
import Testing

struct EmailAddressTests {
    @Test(arguments: [
        "user@example.xn--fiqs8s", "USER@EXAMPLE.XN--FIQS8S", "a!#$%&'*+/=?^_`{|}~-z@ex-ample.com",
        "x@" + String(repeating: "a", count: 63) + ".com",
    ])
    func accepted(value: String) {
        #expect(IdentifierKind.email.validateStrictly(value).verdict == .accept)
    }

    @Test(arguments: [
        ("zhang@example.com。", IdentifierReason.nonASCII),  // ideographic full stop survives NFKC
        ("zhang@例子.com", .nonASCII),
        ("zhang", .at),
        ("@example.com", .local),
        ("\"zhang\"@example.com", .local),
        ("zhang@example.com.", .domain),
        ("zhang@example-.com", .domain),
        ("zhang@example.c0m", .domain),
        ("zhang@" + String(repeating: "a", count: 64) + ".com", .domain),
        ("z@" + String(repeating: "a.", count: 126) + "cn", .length),
    ])
    func rejections(value: String, reason: IdentifierReason) {
        #expect(IdentifierKind.email.validateStrictly(value).rejection == reason)
    }

    @Test func ideographicFullStopStaysAfterNormalisation() {
        #expect(IdentifierKind.email.check("zhang@example。com").rejection == .nonASCII)
    }

    @Test func caseIsKeptButComparisonIgnoresIt() throws {
        let typed = try #require(EmailAddress("  Agent.Zhao@Example.COM "))
        let lower = try #require(EmailAddress("agent.zhao@example.com"))
        #expect(typed.unmaskedValue == "Agent.Zhao@Example.COM")
        #expect(typed == lower)
        #expect(Set([typed, lower]).count == 1)
    }

    @Test func masksLocalPart() throws {
        let address = try #require(EmailAddress("zhang.san@example.com"))
        #expect(address.masked == "z***@example.com")
    }
}
