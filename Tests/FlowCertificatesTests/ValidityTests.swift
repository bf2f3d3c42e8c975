import FlowCertificates
import FlowDomain
import Foundation
import SwiftASN1
import TestCertificateAuthority
import Testing
import X509

/// Validity days are days in China Standard Time (UTC+8), and renewal opens 90 days before expiry.
@Suite struct ValidityTests {
    @Test(arguments: [
        ("2026-11-24T16:00:00Z", "2026-11-25"),
        ("2026-11-24T15:59:59Z", "2026-11-24"),
        ("2026-12-31T16:00:00Z", "2027-01-01"),
        ("2027-11-25T15:59:59Z", "2027-11-25"),
    ])
    func aValidityInstantFallsOnItsDayInUTCPlus8(instant text: String, day expected: String) throws {
        let moment = try instant(text)
        let der = try TestAuthority().certificate(
            subject: TestAuthority.subject([(.RDNAttributeType.organizationName, "示例科技有限公司"), (SubjectAttributes.organizationIdentifier, "91350100M000100Y43")]),
            notBefore: moment, notAfter: moment)
        let read = try KeyCertificate(der: der)
        #expect(read.notBefore == (try day(expected)))
        #expect(read.notAfter == (try day(expected)))
        #expect(ChinaStandardTime.day(of: moment) == (try day(expected)))
    }

    @Test func theSignerCoversWholeDaysInUTCPlus8() throws {
        let issued = try TestAuthority().signer.sign(
            organization: "示例科技有限公司", uscc: "91350100M000100Y43", from: day("2026-11-25"), until: day("2027-11-24"))
        let certificate = try Certificate(derEncoded: issued.der)
        #expect(certificate.notValidBefore == (try instant("2026-11-24T16:00:00Z")))
        #expect(certificate.notValidAfter == (try instant("2027-11-24T15:59:59Z")))
    }

    @Test(arguments: [(91, false), (90, true), (1, true), (0, true), (-1, false)])
    func renewalIsOpenFrom90DaysBeforeExpiryToTheExpiryDay(daysBeforeExpiry: Int, renewable: Bool) throws {
        let issued = try TestAuthority().signer.sign(
            organization: "示例科技有限公司", uscc: "91350100M000100Y43", from: day("2026-11-25"), until: day("2027-11-24"))
        #expect(issued.renewalOpens == (try day("2027-08-26")))
        #expect(issued.renewable(on: try day("2027-11-24").adding(days: -daysBeforeExpiry)) == renewable)
    }
}
