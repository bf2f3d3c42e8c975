import FlowCertificates
import FlowDomain
import Testing

/// The sandbox CA's certificates read back as a key's certificate: company, USCC, validity in
/// China Standard Time and the renewal window.
struct SignedCertificateTests {
    @Test func aSignedCertificateReadsBackWithItsSubjectAndValidity() throws {
        let authority = try CertificateSigner.newAuthority(organization: "ChannelFlow Sandbox CA", commonName: "Sandbox CA")
        let from = try #require(CivilDate(year: 2026, month: 11, day: 26))
        let until = try #require(CivilDate(year: 2028, month: 11, day: 25))
        let issued = try authority.sign(organization: "北京示例科技有限公司", uscc: "91110000600037341L", from: from, until: until)
        let read = try KeyCertificate(der: issued.der)
        #expect(read.organization == "北京示例科技有限公司")
        #expect(read.uscc == "91110000600037341L")
        #expect(read.notBefore == from)
        #expect(read.notAfter == until)
        #expect(read.renewable(on: until.adding(days: -90)))
        #expect(!read.renewable(on: until.adding(days: -91)))
    }
}
