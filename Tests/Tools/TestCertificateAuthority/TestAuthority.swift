import Crypto
public import FlowCertificates
public import Foundation
public import SwiftASN1
public import X509

/// A certificate authority made for one test: a fresh P-256 key and its self-signed CA
/// certificate, signing through the product's `CertificateSigner`.
public struct TestAuthority: Sendable {
    public let signer: CertificateSigner
    /// The CA's certificate, DER: what `KeyCertificate.isIssued(by:)` checks against.
    public let der: [UInt8]

    public init(name: String = "ChannelFlow Test CA") throws {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let subject = try DistinguishedName {
            OrganizationName("ChannelFlow Tests")
            CommonName(name)
        }
        let now = Date()
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
            notValidBefore: now - 86_400, notValidAfter: now + 365 * 86_400,
            issuer: subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: key
        )
        signer = CertificateSigner(key: key, certificate: certificate)
        der = try Self.der(certificate)
    }

    /// A certificate `CertificateSigner` never makes: any subject, serial and validity, signed by
    /// this CA, in DER. Valid by default from 2026-11-25 00:00 to 2027-11-25 00:00 UTC+8.
    public func certificate(
        subject: DistinguishedName, serial: [UInt8] = [0x01],
        notBefore: Date = Date(timeIntervalSince1970: 1_795_536_000), notAfter: Date = Date(timeIntervalSince1970: 1_827_072_000)
    ) throws -> [UInt8] {
        try Self.der(Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(bytes: serial),
            publicKey: Certificate.PublicKey(P256.Signing.PrivateKey().publicKey),
            notValidBefore: notBefore, notValidAfter: notAfter,
            issuer: signer.certificate.subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: Certificate.Extensions(), issuerPrivateKey: signer.key
        ))
    }

    /// A subject of one attribute per RDN, in the order given, every value a UTF8String.
    public static func subject(_ attributes: [(ASN1ObjectIdentifier, String)]) -> DistinguishedName {
        DistinguishedName(attributes.map { RelativeDistinguishedName(.init(type: $0.0, utf8String: $0.1)) })
    }

    /// `certificate` in DER.
    public static func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }
}
