import Crypto
import FlowDiagnostics
import FlowDomain
public import FlowEngine
import Foundation
import SwiftASN1
import X509

/// A sandbox certificate issuer: plays the CA's issuing side with a sandbox CA of its own (an
/// ECDSA P-256 key made on first use, kept in `caFile` or in memory), and issues real X.509
/// certificates that no one trusts. It never contacts a real CA.
///
/// Each certificate has the subject O = organisation, organizationIdentifier (2.5.4.97) = USCC,
/// CN = organisation; a random positive 16-byte serial; validity from today 00:00 to the same
/// day `years` later, 23:59:59, China Standard Time. `CertificateRequest` carries no public key,
/// so the certificate certifies a fresh key whose private half is thrown away.
public struct SandboxCertificateIssuer: CertificateIssuer {
    static let provider = "sandbox issuer"
    /// Longest validity the sandbox issues.
    static let maximumYears = 30

    private let authority: SandboxCertificateAuthority

    public var kind: ProviderKind { .sandbox }

    /// The PEM file that keeps the sandbox CA's key and certificate; nil keeps them in memory.
    public var caFile: String? { authority.file }

    public init(caFile: String?) {
        authority = SandboxCertificateAuthority(file: caFile, provider: Self.provider)
    }

    public func issue(_ request: CertificateRequest) async throws(ProviderError) -> IssuedCertificate {
        let (today, year) = (request.today, request.today.year + request.years)
        // 29 February ends on 28 February of a common year.
        guard (1...Self.maximumYears).contains(request.years),
              let lastDay = CivilDate(year: year, month: today.month, day: today.day)
                ?? CivilDate(year: year, month: today.month, day: today.day - 1) else {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "a certificate lasts 1 to \(Self.maximumYears) years and ends by 9999, not \(request.years) years from \(today)",
                zh: "证书有效期应为 1 到 \(Self.maximumYears) 年且不晚于 9999 年，而不是自 \(today) 起 \(request.years) 年"
            ))
        }
        let ca = try authority.identity()
        var serial = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        // Top bit clear keeps the INTEGER positive; the next bit set keeps all 16 bytes.
        serial[0] = serial[0] & 0x7F | 0x40
        do {
            let subject = DistinguishedName([
                RelativeDistinguishedName(.init(type: .RDNAttributeType.organizationName, utf8String: request.organization)),
                RelativeDistinguishedName(.init(type: Self.organizationIdentifier, utf8String: request.uscc)),
                RelativeDistinguishedName(.init(type: .RDNAttributeType.commonName, utf8String: request.organization)),
            ])
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(bytes: serial),
                publicKey: .init(P256.Signing.PrivateKey().publicKey),
                notValidBefore: Self.instant(request.today, secondsIntoDay: 0),
                notValidAfter: Self.instant(lastDay, secondsIntoDay: 86_399),
                issuer: ca.certificate.subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true, nonRepudiation: true))
                },
                issuerPrivateKey: ca.key
            )
            var serializer = DER.Serializer()
            try serializer.serialize(certificate)
            return IssuedCertificate(
                serial: serial.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined(),
                organization: request.organization, uscc: request.uscc,
                notBefore: request.today.description, notAfter: lastDay.description, der: serializer.serializedBytes
            )
        } catch {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "cannot sign the certificate for order \(request.orderID): \(error)",
                zh: "无法为订单 \(request.orderID) 签发证书：\(error)"
            ))
        }
    }

    /// organizationIdentifier (X.520), where the USCC goes.
    static let organizationIdentifier: ASN1ObjectIdentifier = [2, 5, 4, 97]

    /// `seconds` after midnight of `day` in China Standard Time (UTC+8, no daylight saving).
    private static func instant(_ day: CivilDate, secondsIntoDay seconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 - 8 * 3_600 + seconds))
    }
}
