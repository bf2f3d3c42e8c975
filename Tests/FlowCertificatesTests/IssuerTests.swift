import FlowCertificates
import TestCertificateAuthority
import Testing

/// `isIssued(by:)`: the CA named as issuer and whose key signed the certificate, nothing else.
@Suite struct IssuerTests {
    private func issued(by authority: TestAuthority) throws -> KeyCertificate {
        try authority.signer.sign(
            organization: "示例科技有限公司", uscc: "91350100M000100Y43", from: day("2026-11-25"), until: day("2027-11-24"))
    }

    @Test func theSigningCAIssuedIt() throws {
        let authority = try TestAuthority()
        #expect(try issued(by: authority).isIssued(by: authority.der))
    }

    @Test func anotherCADidNot() throws {
        let certificate = try issued(by: TestAuthority())
        #expect(!certificate.isIssued(by: try TestAuthority(name: "Another CA").der))
    }

    @Test func aCAOfTheSameNameWithAnotherKeyDidNot() throws {
        let certificate = try issued(by: TestAuthority())
        #expect(!certificate.isIssued(by: try TestAuthority().der))
    }

    @Test func bytesThatAreNoCertificateIssuedNothing() throws {
        let authority = try TestAuthority()
        #expect(!(try issued(by: authority).isIssued(by: Array(authority.der.dropLast()))))
    }
}
