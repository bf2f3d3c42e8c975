import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowProviders
import Foundation
import SwiftASN1
import Testing
import X509

struct SandboxCertificateIssuerTests {
    private func request(years: Int = 1, today: CivilDate? = CivilDate(year: 2026, month: 11, day: 25)) throws -> CertificateRequest {
        CertificateRequest(
            orderID: "ord-1", organization: "示例科技有限公司", uscc: "91350100M000100Y43", years: years, today: try #require(today)
        )
    }

    /// The CA certificate kept in `file`.
    private func authority(_ file: String) throws -> Certificate {
        let documents = try PEMDocument.parseMultiple(pemString: String(contentsOfFile: file, encoding: .utf8))
        let document = try #require(documents.first { $0.discriminator == "CERTIFICATE" })
        return try Certificate(derEncoded: document.derBytes)
    }

    @Test func certificateParsesBackAndVerifiesAgainstTheCA() async throws {
        let folder = try TemporaryDirectory()
        let caFile = folder.file("sandbox/sandbox-ca.pem")
        let issued = try await SandboxCertificateIssuer(caFile: caFile).issue(request())
        let certificate = try Certificate(derEncoded: issued.der)
        let ca = try authority(caFile)
        #expect(ca.publicKey.isValidSignature(certificate.signature, for: certificate))
        #expect(certificate.issuer == ca.subject)
        #expect(issued.notBefore == "2026-11-25")
        #expect(issued.notAfter == "2027-11-25")
        #expect(certificate.notValidBefore == Date(timeIntervalSince1970: 1_795_536_000))
        #expect(certificate.notValidAfter == Date(timeIntervalSince1970: 1_827_158_399))
    }

    @Test func subjectCarriesTheOrganizationAndItsUSCC() async throws {
        let issued = try await SandboxCertificateIssuer(caFile: nil).issue(request())
        let subject = try Certificate(derEncoded: issued.der).subject
        let attributes = subject.flatMap { $0 }.map { ($0.type, String(describing: $0.value)) }
        #expect(attributes.map(\.0) == [
            ASN1ObjectIdentifier.RDNAttributeType.organizationName, [2, 5, 4, 97], ASN1ObjectIdentifier.RDNAttributeType.commonName,
        ])
        #expect(attributes.map(\.1) == ["示例科技有限公司", "91350100M000100Y43", "示例科技有限公司"])
        #expect(issued.organization == "示例科技有限公司")
        #expect(issued.uscc == "91350100M000100Y43")
    }

    @Test func serialIsSixteenRandomPositiveBytes() async throws {
        let issuer = SandboxCertificateIssuer(caFile: nil)
        let first = try await issuer.issue(request())
        let second = try await issuer.issue(request())
        #expect(first.serial != second.serial)
        let serial = try Certificate(derEncoded: first.der).serialNumber.bytes
        #expect(serial.count == 16)
        #expect(serial.first.map { $0 & 0x80 == 0 } == true)
        #expect(first.serial == serial.map { String(format: "%02X", $0) }.joined())
    }

    @Test func caIsMadeOnceAndKeptOwnerOnly() async throws {
        let folder = try TemporaryDirectory()
        let caFile = folder.file("sandbox-ca.pem")
        _ = try await SandboxCertificateIssuer(caFile: caFile).issue(request())
        let firstCA = try String(contentsOfFile: caFile, encoding: .utf8)
        // Another process: a new issuer on the same file signs with the same CA.
        let issued = try await SandboxCertificateIssuer(caFile: caFile).issue(request())
        #expect(try String(contentsOfFile: caFile, encoding: .utf8) == firstCA)
        let certificate = try Certificate(derEncoded: issued.der)
        #expect(try authority(caFile).publicKey.isValidSignature(certificate.signature, for: certificate))
        let attributes = try FileManager.default.attributesOfItem(atPath: caFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(firstCA.contains("-----BEGIN PRIVATE KEY-----"))
    }

    @Test func leapDayEndsOnTheLastDayOfFebruary() async throws {
        let issued = try await SandboxCertificateIssuer(caFile: nil).issue(request(today: CivilDate(year: 2028, month: 2, day: 29)))
        #expect(issued.notAfter == "2029-02-28")
    }

    @Test func yearsOutOfRangeAreRefused() async throws {
        let error = await #expect(throws: ProviderError.self) { try await SandboxCertificateIssuer(caFile: nil).issue(request(years: 0)) }
        #expect(error?.message.en == "a certificate lasts 1 to 30 years and ends by 9999, not 0 years from 2026-11-25")
    }

    @Test func foreignCAFileIsRefused() async throws {
        let folder = try TemporaryDirectory()
        let caFile = try folder.write("sandbox-ca.pem", "not a CA\n")
        let error = await #expect(throws: ProviderError.self) { try await SandboxCertificateIssuer(caFile: caFile).issue(request()) }
        #expect(error?.message.en == "\(caFile) is not a sandbox CA file (a P-256 private key and its certificate, as PEM)")
    }
}
