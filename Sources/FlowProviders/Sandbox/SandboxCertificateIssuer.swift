import FlowCertificates
import FlowDiagnostics
import FlowDomain
public import FlowEngine
import Foundation

/// A sandbox certificate issuer: plays the CA's issuing side with a sandbox CA of its own (an
/// ECDSA P-256 key made on first use, kept in `caFile` or in memory), and issues real X.509
/// certificates that no one trusts. It never contacts a real CA.
///
/// Each certificate is signed by `CertificateSigner` (subject, serial and validity are described
/// there), valid from today to the same day `years` later. `CertificateRequest` carries no public key,
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
        do {
            let issued = try CertificateSigner(key: ca.key, certificate: ca.certificate)
                .sign(organization: request.organization, uscc: request.uscc, from: today, until: lastDay)
            return IssuedCertificate(
                serial: issued.serial, organization: request.organization, uscc: request.uscc,
                notBefore: today.description, notAfter: lastDay.description, der: issued.der
            )
        } catch {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "cannot sign the certificate for order \(request.orderID): \(error)",
                zh: "无法为订单 \(request.orderID) 签发证书：\(error)"
            ))
        }
    }
}
