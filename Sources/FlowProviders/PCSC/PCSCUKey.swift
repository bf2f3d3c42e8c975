import FlowCertificates
import FlowDiagnostics
public import FlowEngine
import SmartCard

/// The UKEY in a real card reader, through PC/SC (pcscd). Each operation opens the reader anew and
/// resets the card when it ends, so a verified password never outlives the operation.
///
/// The reader is the configured one, or else the only reader holding a card: with two keys
/// inserted and no reader named, the operation is refused rather than guessed.
public struct PCSCUKey: UKeyDevice {
    /// The reader's name as pcscd lists it; nil picks the one reader holding a card.
    public let reader: String?
    let administratorKeys: any AdministratorKeys

    public var kind: ProviderKind { .pcsc }

    public init(reader: String?, administratorKeys: any AdministratorKeys) {
        self.reader = reader
        self.administratorKeys = administratorKeys
    }

    public func read() async throws(ProviderError) -> UKeyReading {
        try withCard { card throws(UKeyCardError) -> Result<UKeyReading, ProviderError> in
            let token = try card.serialNumber()
            let der = try card.certificate()
            guard !der.isEmpty else {
                return .failure(ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "UKEY \(token) holds no certificate", zh: "UKEY \(token) 中没有证书")))
            }
            let certificate: KeyCertificate
            do { certificate = try KeyCertificate(der: der) } catch {
                return .failure(ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "the certificate on UKEY \(token) cannot be read: \(error)", zh: "UKEY \(token) 中的证书无法读取：\(error)")))
            }
            return .success(UKeyReading(
                serial: certificate.serial, organization: certificate.organization, uscc: certificate.uscc,
                notAfter: certificate.notAfter, medium: "ukey", token: token))
        }
    }

    public func verifyPIN(_ pin: String) async throws(ProviderError) -> PINCheck {
        try withCard { card throws(UKeyCardError) -> Result<PINCheck, ProviderError> in
            .success(PINCheck(try card.verify(pin: pin)))
        }
    }

    /// Unblocks the key with its administrator key from the CA and sets `newPIN`.
    public func resetPIN(newPIN: String) async throws(ProviderError) {
        try withCard { card throws(UKeyCardError) -> Result<Void, ProviderError> in
            let token = try card.serialNumber()
            let administratorKey: String
            do throws(ProviderError) { administratorKey = try administratorKeys.administratorKey(forToken: token) } catch { return .failure(error) }
            switch try card.resetPassword(administratorKey: administratorKey, newPIN: newPIN) {
            case .verified: return .success(())
            case let .wrong(left):
                return .failure(ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "UKEY \(token) refused the CA's administrator key (\(left) tries left); contact the CA",
                    zh: "UKEY \(token) 拒绝了 CA 的管理员密钥（还剩 \(left) 次），请联系 CA")))
            case .blocked:
                return .failure(ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "UKEY \(token)'s administrator key is blocked; the key must be replaced",
                    zh: "UKEY \(token) 的管理员密钥已锁死，须更换 UKEY")))
            }
        }
    }

    /// Writes `certificate` after checking `pin`, then reads it back: a write the key did not keep
    /// whole is an error, never a silent success.
    public func writeCertificate(_ certificate: IssuedCertificate, pin: String) async throws(ProviderError) {
        // Writing erases the key's certificate first, so a certificate the processes could not read
        // back (or no DER at all, from an issuer that makes none) is refused before the key is touched.
        do { _ = try KeyCertificate(der: certificate.der) } catch {
            throw ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                en: "the issued certificate cannot be written to the UKEY: \(error); the key was not changed",
                zh: "签发的证书无法写入 UKEY：\(error)；UKEY 未作改动"))
        }
        try withCard { card throws(UKeyCardError) -> Result<Void, ProviderError> in
            if let refusal = PINCheck(try card.verify(pin: pin)).refusal {
                return .failure(ProviderError(provider: PCSCMessages.provider, message: refusal))
            }
            try card.writeCertificate(certificate.der)
            guard try card.certificate() == certificate.der else {
                return .failure(ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "the UKEY did not keep the certificate written to it; write it again",
                    zh: "UKEY 未能完整保存写入的证书，请重新写入")))
            }
            return .success(())
        }
    }

    /// Opens the key, runs `body`, and closes it (resetting the card) whatever happens.
    private func withCard<T>(
        _ body: (UKeyCard) throws(UKeyCardError) -> Result<T, ProviderError>
    ) throws(ProviderError) -> T {
        try UKeyReader.withCard(reader: reader, body)
    }
}

extension PINCheck {
    init(_ check: PasswordCheck) {
        switch check {
        case .verified: self = .verified
        case let .wrong(left): self = .wrong(triesLeft: left)
        case .blocked: self = .blocked
        }
    }
}
