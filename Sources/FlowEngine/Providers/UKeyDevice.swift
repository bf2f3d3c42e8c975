public import FlowDiagnostics
public import FlowDomain

/// The inserted UKEY: read it, check its password, write a certificate, reset its password.
public protocol UKeyDevice: Provider {
    /// Reads the key in the reader; throws when none is inserted.
    func read() async throws(ProviderError) -> UKeyReading
    func verifyPIN(_ pin: String) async throws(ProviderError) -> PINCheck
    func resetPIN(newPIN: String) async throws(ProviderError)
    /// Checks `pin` (writing needs the certificate password) and puts `certificate` on the key.
    func writeCertificate(_ certificate: IssuedCertificate, pin: String) async throws(ProviderError)
}

/// What a key tells about itself and its certificate.
public struct UKeyReading: Sendable, Hashable {
    public var serial: String
    public var organization: String
    public var uscc: String
    public var notAfter: CivilDate
    /// `ukey` or `cloud`.
    public var medium: String
    /// The key's own serial number, when the device tells it (a real key does; the sandbox does not).
    public var token: String?

    public init(serial: String, organization: String, uscc: String, notAfter: CivilDate, medium: String, token: String? = nil) {
        self.serial = serial
        self.organization = organization
        self.uscc = uscc
        self.notAfter = notAfter
        self.medium = medium
        self.token = token
    }
}

/// The answer to a password check.
public enum PINCheck: Sendable, Hashable {
    case verified
    case wrong(triesLeft: Int)
    case blocked

    /// What the applicant is told when the check failed; nil when the password was right.
    public var refusal: LocalizedMessage? {
        switch self {
        case .verified:
            nil
        case let .wrong(left):
            LocalizedMessage(
                en: "wrong certificate password; \(left) tries left before the key locks",
                zh: "证书密码错误，还可尝试 \(left) 次，之后 UKEY 将被锁定")
        case .blocked:
            LocalizedMessage(en: "the UKEY is locked; unlock it first (the unlock process)", zh: "UKEY 已锁定，请先办理证书解锁")
        }
    }
}
