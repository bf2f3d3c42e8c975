import Crypto
public import FlowDomain
public import Foundation
import SwiftASN1
public import X509

/// Signs organisation certificates with a CA's key: subject O / organizationIdentifier / CN, a
/// random positive 16-byte serial, validity from `from` 00:00 to `until` 23:59:59 China Standard
/// Time, ECDSA P-256 with SHA-256.
public struct CertificateSigner: Sendable {
    public let key: Certificate.PrivateKey
    public let certificate: Certificate

    public init(key: Certificate.PrivateKey, certificate: Certificate) {
        self.key = key
        self.certificate = certificate
    }

    /// A new certificate authority: a fresh P-256 key and its self-signed CA certificate, valid
    /// from a day before `now` for 20 years.
    public static func newAuthority(organization: String, commonName: String, now: Date = Date()) throws(CertificateError) -> CertificateSigner {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        do {
            let name = try DistinguishedName {
                OrganizationName(organization)
                CommonName(commonName)
            }
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
                notValidBefore: now - 86_400, notValidAfter: now + 20 * 365 * 86_400,
                issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                    Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                    SubjectKeyIdentifier(hash: key.publicKey)
                },
                issuerPrivateKey: key
            )
            return CertificateSigner(key: key, certificate: certificate)
        } catch {
            throw .signing(String(describing: error))
        }
    }

    /// The CA certificate in DER.
    public var certificateDER: [UInt8] {
        var serializer = DER.Serializer()
        // Serialising a certificate this type made or parsed cannot fail.
        try? serializer.serialize(certificate)
        return serializer.serializedBytes
    }

    /// A certificate for `publicKey` (a fresh key, thrown away, when nil).
    public func sign(
        organization: String, uscc: String, from: CivilDate, until: CivilDate, publicKey: Certificate.PublicKey? = nil
    ) throws(CertificateError) -> KeyCertificate {
        var serial = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        // Top bit clear keeps the INTEGER positive; the next bit set keeps all 16 bytes.
        serial[0] = serial[0] & 0x7F | 0x40
        do {
            let issued = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(bytes: serial),
                publicKey: publicKey ?? .init(P256.Signing.PrivateKey().publicKey),
                notValidBefore: ChinaStandardTime.instant(from, secondsIntoDay: 0),
                notValidAfter: ChinaStandardTime.instant(until, secondsIntoDay: 86_399),
                issuer: certificate.subject, subject: try SubjectAttributes.name(organization: organization, uscc: uscc),
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true, nonRepudiation: true))
                },
                issuerPrivateKey: key
            )
            var serializer = DER.Serializer()
            try serializer.serialize(issued)
            return try KeyCertificate(issued, der: serializer.serializedBytes)
        } catch let error as CertificateError {
            throw error
        } catch {
            throw .signing(String(describing: error))
        }
    }
}
