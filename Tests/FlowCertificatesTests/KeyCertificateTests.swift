import FlowCertificates
import FlowDomain
import Foundation
import SwiftASN1
import TestCertificateAuthority
import Testing
import X509

/// What the processes read from a key's certificate: serial, company, USCC, issuer, PEM.
@Suite struct KeyCertificateTests {
    static let uscc = "91350100M000100Y43"

    @Test func readsTheCertificateTheSignerMade() throws {
        let authority = try TestAuthority()
        let issued = try authority.signer.sign(
            organization: "示例科技有限公司", uscc: Self.uscc, from: day("2026-11-25"), until: day("2027-11-24"))
        let read = try KeyCertificate(der: issued.der)
        #expect(read == issued)
        #expect(read.organization == "示例科技有限公司")
        #expect(read.uscc == Self.uscc)
        #expect(read.notBefore == (try day("2026-11-25")))
        #expect(read.notAfter == (try day("2027-11-24")))
        #expect(read.issuer == "CN=ChannelFlow Test CA,O=ChannelFlow Tests")
        // 16 random bytes, the first kept positive and nonzero: always 32 hexadecimal digits.
        let serialBytes = try Certificate(derEncoded: issued.der).serialNumber.bytes
        #expect(serialBytes.count == 16)
        #expect(read.serial == serialBytes.map { String(format: "%02X", $0) }.joined())
    }

    @Test func theSerialIsUpperCaseHexWithEveryByteTwoDigits() throws {
        let der = try TestAuthority().certificate(
            subject: TestAuthority.subject([(.RDNAttributeType.organizationName, "示例科技有限公司"), (SubjectAttributes.organizationIdentifier, Self.uscc)]),
            serial: [0x0A, 0xBC, 0x01, 0xEF])
        #expect(try KeyCertificate(der: der).serial == "0ABC01EF")
    }

    @Test func companyAndUSCCComeFromOAndOrganizationIdentifierWhateverElseTheSubjectHolds() throws {
        let der = try TestAuthority().certificate(subject: TestAuthority.subject([
            (.RDNAttributeType.commonName, "别的公司"),
            (.RDNAttributeType.organizationalUnitName, "财务部"),
            ([2, 5, 4, 5], "91110000600037341L"),
            (SubjectAttributes.organizationIdentifier, Self.uscc),
            (.RDNAttributeType.organizationName, "示例科技有限公司"),
        ]))
        let read = try KeyCertificate(der: der)
        #expect(read.organization == "示例科技有限公司")
        #expect(read.uscc == Self.uscc)
    }

    /// Regression: the names came back escaped as in an RFC 4514 string (`Co.\, Ltd.`, `\"引号\"`).
    @Test(arguments: ["Example Technology Co., Ltd.", "新名称 \"引号\" 有限公司", "#1 Partners + Sons <Beijing>; 分公司"])
    func namesComeBackAsTheyWereWritten(name: String) throws {
        let issued = try TestAuthority().signer.sign(
            organization: name, uscc: Self.uscc, from: day("2026-11-25"), until: day("2027-11-24"))
        #expect(try KeyCertificate(der: issued.der).organization == name)
    }

    /// Regression: a BMPString value (older CAs write Chinese names so) came back as its DER dump.
    @Test func aBMPStringNameIsReadAsText() throws {
        let name = RelativeDistinguishedName.Attribute(
            type: .RDNAttributeType.organizationName,
            value: .init(asn1Any: try ASN1Any(erasing: ASN1BMPString("示例科技有限公司"))))
        let der = try TestAuthority().certificate(subject: DistinguishedName([
            RelativeDistinguishedName(name),
            RelativeDistinguishedName(.init(type: SubjectAttributes.organizationIdentifier, utf8String: Self.uscc)),
        ]))
        #expect(try KeyCertificate(der: der).organization == "示例科技有限公司")
    }

    /// Regression: a value that is no text at all was read as its DER dump instead of refused.
    @Test func aSubjectAttributeThatIsNoTextIsRefused() throws {
        let number = RelativeDistinguishedName.Attribute(
            type: SubjectAttributes.organizationIdentifier, value: .init(asn1Any: try ASN1Any(erasing: 91_350_100)))
        let der = try TestAuthority().certificate(subject: DistinguishedName([
            RelativeDistinguishedName(.init(type: .RDNAttributeType.organizationName, utf8String: "示例科技有限公司")),
            RelativeDistinguishedName(number),
        ]))
        #expect(throws: CertificateError.unreadableSubjectAttribute("organizationIdentifier (2.5.4.97)")) {
            try KeyCertificate(der: der)
        }
    }

    @Test func withoutOrganizationIdentifierTheCertificateIsRefused() throws {
        let der = try TestAuthority().certificate(subject: TestAuthority.subject([
            (.RDNAttributeType.organizationName, "示例科技有限公司"), (.RDNAttributeType.commonName, "示例科技有限公司"),
        ]))
        #expect(throws: CertificateError.missingSubjectAttribute("organizationIdentifier (2.5.4.97)")) {
            try KeyCertificate(der: der)
        }
    }

    @Test func withoutOTheCertificateIsRefused() throws {
        let der = try TestAuthority().certificate(subject: TestAuthority.subject([(SubjectAttributes.organizationIdentifier, Self.uscc)]))
        #expect(throws: CertificateError.missingSubjectAttribute("organizationName (O)")) {
            try KeyCertificate(der: der)
        }
    }

    @Test(arguments: [
        (0..<512).map { _ in UInt8.random(in: .min ... .max) },
        [],
        Array("-----BEGIN CERTIFICATE-----".utf8),
        [0x30, 0x03, 0x02, 0x01, 0x01],
    ])
    func bytesThatAreNoCertificateAreRefused(bytes: [UInt8]) {
        do {
            let read = try KeyCertificate(der: bytes)
            Issue.record("read \(read.serial) from bytes that are no certificate")
        } catch {
            guard case .notACertificate = error else {
                Issue.record("expected notACertificate, got \(error)")
                return
            }
        }
    }

    @Test func thePEMTextHoldsTheSameCertificate() throws {
        let issued = try TestAuthority().signer.sign(
            organization: "示例科技有限公司", uscc: Self.uscc, from: day("2026-11-25"), until: day("2027-11-24"))
        #expect(issued.pem.hasPrefix("-----BEGIN CERTIFICATE-----\n"))
        #expect(issued.pem.hasSuffix("\n-----END CERTIFICATE-----\n"))
        let document = try PEMDocument(pemString: issued.pem)
        #expect(document.discriminator == "CERTIFICATE")
        #expect(document.derBytes == issued.der)
        #expect(try KeyCertificate(der: document.derBytes) == issued)
    }
}
