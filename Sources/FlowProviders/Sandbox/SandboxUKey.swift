import FlowDiagnostics
public import FlowEngine
import FlowYAML
import Synchronization

/// A sandbox UKEY: plays the key in the reader from a small YAML file (see the file format on
/// `SandboxUKeyState`): reads it, checks and resets its password, and writes certificates to it.
/// It never touches a card reader. Every operation reads the file again and every change is
/// written back atomically (a temporary file renamed over it), so another process — a second
/// command, a test — sees the same key; comments in the file are not kept.
///
/// A missing file or `inserted: false` plays an empty reader: every operation throws "no UKEY
/// inserted". A malformed file throws with the `file:line:column` of the bad field.
public final class SandboxUKey: UKeyDevice {
    static let provider = "sandbox ukey"

    /// The file that describes the key.
    public let file: String
    /// Serialises this process's read-change-write cycles; other processes are not locked out.
    private let lock = Mutex(())

    public var kind: ProviderKind { .sandbox }

    public init(file: String) {
        self.file = file
    }

    public func read() async throws(ProviderError) -> UKeyReading {
        let state = try withState { _ in }
        return UKeyReading(
            serial: state.serial, organization: state.organization, uscc: state.uscc,
            notAfter: state.notAfter, medium: state.medium
        )
    }

    /// Checks `pin`. A right one restores all tries, as a real key does; a wrong one uses one up,
    /// and the last one blocks the key until `resetPIN`.
    public func verifyPIN(_ pin: String) async throws(ProviderError) -> PINCheck {
        var check = PINCheck.blocked
        try withState { state in
            guard state.triesLeft > 0 else { return }
            if pin == state.pin {
                state.triesLeft = SandboxUKeyState.fullTries
                check = .verified
            } else {
                state.triesLeft -= 1
                check = state.triesLeft == 0 ? .blocked : .wrong(triesLeft: state.triesLeft)
            }
        }
        return check
    }

    /// Sets a new password and unblocks the key.
    public func resetPIN(newPIN: String) async throws(ProviderError) {
        guard !newPIN.isEmpty else {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "the new UKEY password is empty", zh: "新的 UKEY 密码为空"
            ))
        }
        try withState { state in
            state.pin = newPIN
            state.triesLeft = SandboxUKeyState.fullTries
        }
    }

    /// Checks `pin` as `verifyPIN` does, then puts `certificate` on the key: its serial, subject
    /// and validity replace the old ones.
    public func writeCertificate(_ certificate: IssuedCertificate, pin: String) async throws(ProviderError) {
        if let refusal = try await verifyPIN(pin).refusal { throw ProviderError(provider: Self.provider, message: refusal) }
        guard let notBefore = SandboxUKeyState.parseDate(certificate.notBefore),
              let notAfter = SandboxUKeyState.parseDate(certificate.notAfter) else {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "the certificate's validity \"\(certificate.notBefore)\" to \"\(certificate.notAfter)\" is not two YYYY-MM-DD dates",
                zh: "证书有效期 \"\(certificate.notBefore)\" 至 \"\(certificate.notAfter)\" 不是两个 YYYY-MM-DD 日期"
            ))
        }
        try withState { state in
            state.serial = certificate.serial
            state.organization = certificate.organization
            state.uscc = certificate.uscc
            state.notBefore = notBefore
            state.notAfter = notAfter
        }
    }

    /// Loads the key, lets `change` modify it, and writes it back when it changed.
    @discardableResult
    private func withState(_ change: (inout SandboxUKeyState) -> Void) throws(ProviderError) -> SandboxUKeyState {
        try lock.withLock { _ throws(ProviderError) -> SandboxUKeyState in
            let original = try load()
            var state = original
            change(&state)
            if state != original {
                try SandboxFile.replace(file, with: Array(state.yaml.utf8), provider: Self.provider)
            }
            return state
        }
    }

    private func load() throws(ProviderError) -> SandboxUKeyState {
        var root: YAMLNode?
        var state: SandboxUKeyState?
        do throws(ProviderConfigurationError) {
            root = try SettingsDocument.root(path: file)
            if let root { state = try SandboxUKeyState.decode(root) }
        } catch where error.kind == .unreadable {
            throw notInserted(error.message)
        } catch {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(en: error.text(.en), zh: error.text(.zh)))
        }
        guard root != nil else {
            throw notInserted(LocalizedMessage(en: "\(file) is empty", zh: "\(file) 为空"))
        }
        guard let state else {
            throw notInserted(LocalizedMessage(en: "\(file) says inserted: false", zh: "\(file) 中写明 inserted: false"))
        }
        return state
    }

    private func notInserted(_ reason: LocalizedMessage) -> ProviderError {
        ProviderError(provider: Self.provider, message: LocalizedMessage(
            en: "no UKEY inserted (\(reason.en))", zh: "未插入 UKEY（\(reason.zh)）"
        ))
    }
}
