public import FlowDomain
import Foundation
import SwiftASN1
import X509

/// The X.509 certificate on a UKEY, with what the processes read from it.
///
/// Where the subject carries each field: the company name in O (organizationName, 2.5.4.10), its
/// unified social credit code in organizationIdentifier (2.5.4.97, X.520), as the sandbox CA
/// issues them; CN is the company name again and is not read. Validity days are days in China
/// Standard Time (UTC+8), the CA's and the manual's time zone.
public struct KeyCertificate: Sendable, Hashable {
    /// Renewal opens this many calendar days before expiry (manual 2.1).
    public static let renewalWindowDays = 90

    public let der: [UInt8]
    /// The serial number, upper-case hexadecimal without separators.
    public let serial: String
    public let organization: String
    public let uscc: String
    public let issuer: String
    public let notBefore: CivilDate
    public let notAfter: CivilDate

    public init(der: [UInt8]) throws(CertificateError) {
        let certificate: Certificate
        do { certificate = try Certificate(derEncoded: der) } catch {
            throw .notACertificate(String(describing: error))
        }
        try self.init(certificate, der: der)
    }

    /// The first certificate in PEM text (other documents, such as a key, are skipped).
    public init(pem: String) throws(CertificateError) {
        guard let der = Self.certificates(inPEM: pem).first else { throw .notACertificate("no CERTIFICATE block in the PEM text") }
        try self.init(der: der)
    }

    /// The DER of every `CERTIFICATE` block in PEM text.
    public static func certificates(inPEM pem: String) -> [[UInt8]] {
        ((try? PEMDocument.parseMultiple(pemString: pem)) ?? []).filter { $0.discriminator == "CERTIFICATE" }.map(\.derBytes)
    }

    init(_ certificate: Certificate, der: [UInt8]) throws(CertificateError) {
        func attribute(_ type: ASN1ObjectIdentifier, _ name: String) throws(CertificateError) -> String {
            guard let attribute = certificate.subject.flatMap({ $0 }).first(where: { $0.type == type }) else {
                throw .missingSubjectAttribute(name)
            }
            guard let text = SubjectAttributes.text(attribute.value) else { throw .unreadableSubjectAttribute(name) }
            return text
        }
        self.der = der
        serial = certificate.serialNumber.bytes.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
        organization = try attribute(.RDNAttributeType.organizationName, "organizationName (O)")
        uscc = try attribute(SubjectAttributes.organizationIdentifier, "organizationIdentifier (2.5.4.97)")
        issuer = String(describing: certificate.issuer)
        notBefore = ChinaStandardTime.day(of: certificate.notValidBefore)
        notAfter = ChinaStandardTime.day(of: certificate.notValidAfter)
    }

    /// The first day of the renewal window.
    public var renewalOpens: CivilDate { notAfter.adding(days: -Self.renewalWindowDays) }

    /// Whether `today` falls in the renewal window (from 90 days before expiry to expiry).
    public func renewable(on today: CivilDate) -> Bool {
        today.daysSinceEpoch >= renewalOpens.daysSinceEpoch && today.daysSinceEpoch <= notAfter.daysSinceEpoch
    }

    /// The certificate as PEM text.
    public var pem: String {
        PEMDocument(type: "CERTIFICATE", derBytes: der).pemString + "\n"
    }

    /// Whether `authority`'s key signed this certificate and it names `authority` as issuer.
    public func isIssued(by authority: [UInt8]) -> Bool {
        guard let certificate = try? Certificate(derEncoded: der),
              let ca = try? Certificate(derEncoded: authority) else { return false }
        return certificate.issuer == ca.subject && ca.publicKey.isValidSignature(certificate.signature, for: certificate)
    }
}
