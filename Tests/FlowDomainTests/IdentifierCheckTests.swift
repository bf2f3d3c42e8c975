import FlowDomain
import Testing

struct IdentifierCheckTests {
    @Test func acceptedCheck() {
        let check = IdentifierKind.mobile.check("13812345678")
        #expect(check.verdict == .accept)
        #expect(check.isAccepted)
        #expect(check.reasons.isEmpty && check.warnings.isEmpty && check.rejection == nil)
        #expect(check.messages.isEmpty)
    }

    @Test func warnedCheckIsAccepted() {
        let check = IdentifierKind.mobile.check("15412345678")
        #expect(check.verdict == .warn)
        #expect(check.isAccepted)
        #expect(check.rejection == nil)
        #expect("\(check)" == "mobile: warn (sms_prefix) 154****5678")
    }

    @Test func rejectedCheckCarriesExactlyOneReason() throws {
        // Wrong region, impossible date and wrong check character at once: region comes first.
        let check = IdentifierKind.residentID.check("160101199002300010", today: try fixedToday())
        #expect(check.verdict == .reject)
        #expect(check.reasons == [.region])
        #expect(!check.isAccepted)
    }

    @Test func entryPointWithoutExplicitDateUsesToday() {
        #expect(IdentifierKind.residentID.check("110101199003070011").verdict == .accept)
        #expect(IdentifierKind.residentID.check("110101209901010017").rejection == .future)
    }
}
