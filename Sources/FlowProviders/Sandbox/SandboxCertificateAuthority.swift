import FlowCertificates
import FlowDiagnostics
import FlowEngine
import Foundation
import SwiftASN1
import Synchronization
import X509

/// The sandbox's certificate authority: an ECDSA P-256 key and its self-signed certificate,
/// made on first use. With a file, both are kept in it as PEM (the key, then the certificate;
/// mode 0600), so every command signs with the same CA and a verifier can read its certificate;
/// without one they live as long as this object.
final class SandboxCertificateAuthority: Sendable {
    /// The CA's key and certificate.
    struct Identity: Sendable {
        var key: Certificate.PrivateKey
        var certificate: Certificate
    }

    static let name = "ChannelFlow Sandbox CA"
    let file: String?
    private let provider: String
    private let loaded = Mutex<Identity?>(nil)

    init(file: String?, provider: String) {
        self.file = file
        self.provider = provider
    }

    /// The CA, read from its file or made (and saved) on first use.
    func identity() throws(ProviderError) -> Identity {
        try loaded.withLock { cached throws(ProviderError) -> Identity in
            if let cached { return cached }
            let identity = try readOrCreate()
            cached = identity
            return identity
        }
    }

    private func readOrCreate() throws(ProviderError) -> Identity {
        guard let file else { return try create() }
        if let existing = try read(file) { return existing }
        let made = try create()
        let pem = try pem(made.key.serializeAsPEM) + pem(made.certificate.serializeAsPEM)
        // Another process may have made its CA in the meantime: then that one is the CA.
        guard try SandboxFile.create(file, with: Array(pem.utf8), provider: provider) else {
            guard let theirs = try read(file) else { throw notACAFile(file) }
            return theirs
        }
        return made
    }

    private func read(_ file: String) throws(ProviderError) -> Identity? {
        guard let bytes = try SandboxFile.read(file, provider: provider) else { return nil }
        guard let documents = try? PEMDocument.parseMultiple(pemString: String(decoding: bytes, as: UTF8.self)),
              let keyDocument = documents.first(where: { $0.discriminator == "PRIVATE KEY" }),
              let certificateDocument = documents.first(where: { $0.discriminator == "CERTIFICATE" }),
              let key = try? Certificate.PrivateKey(pemDocument: keyDocument),
              let certificate = try? Certificate(derEncoded: certificateDocument.derBytes),
              certificate.publicKey == key.publicKey else {
            throw notACAFile(file)
        }
        return Identity(key: key, certificate: certificate)
    }

    private func create() throws(ProviderError) -> Identity {
        do {
            let made = try CertificateSigner.newAuthority(organization: "ChannelFlow Sandbox", commonName: Self.name)
            return Identity(key: made.key, certificate: made.certificate)
        } catch {
            throw ProviderError(provider: provider, message: LocalizedMessage(
                en: "cannot make the sandbox CA: \(error)", zh: "无法创建沙箱 CA：\(error)"
            ))
        }
    }

    /// The PEM text `serialize` makes, with a final line break.
    private func pem(_ serialize: () throws -> PEMDocument) throws(ProviderError) -> String {
        do {
            return try serialize().pemString + "\n"
        } catch {
            throw ProviderError(provider: provider, message: LocalizedMessage(
                en: "cannot encode the sandbox CA: \(error)", zh: "无法编码沙箱 CA：\(error)"
            ))
        }
    }

    private func notACAFile(_ file: String) -> ProviderError {
        ProviderError(provider: provider, message: LocalizedMessage(
            en: "\(file) is not a sandbox CA file (a P-256 private key and its certificate, as PEM)",
            zh: "\(file) 不是沙箱 CA 文件（应为 PEM 格式的 P-256 私钥及其证书）"
        ))
    }
}
