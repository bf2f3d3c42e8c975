import FlowDomain
public import FlowEngine
import Foundation

/// A sandbox SMS gateway: plays the operator's SMS service by recording each message in an
/// outbox instead of sending it, so a headless run can read the code back
/// (``sentCodes()``). It never sends a text message and never writes a phone number in
/// full: the outbox keeps the recipient masked (`138****5678`) and as a SHA-256 hash, and the
/// number is masked in the text as well.
///
/// With an outbox file, each message is one JSON line appended to it (created with mode 0600),
/// readable by another process; with none, messages stay in this gateway's memory.
public struct SandboxSMSGateway: SMSGateway, SandboxCodeSource {
    static let provider = "sandbox sms"

    private let outbox: SandboxOutbox

    public var kind: ProviderKind { .sandbox }

    /// The outbox file, or nil when messages stay in memory.
    public var outboxFile: String? { outbox.file }

    public init(outboxFile: String?, clock: any EngineClock = SystemClock()) {
        outbox = SandboxOutbox(file: outboxFile, provider: Self.provider, clock: clock)
    }

    public func send(_ message: SMSMessage) async throws(ProviderError) {
        let number = IdentifierKind.mobile.normalize(message.to)
        let masked = Masking.mobile(number)
        let text = [message.to, number].filter { !$0.isEmpty }.reduce(message.text) { text, raw in
            text.replacingOccurrences(of: raw, with: masked)
        }
        try outbox.append(
            recipient: number, masked: masked, purpose: message.purpose, text: text, code: message.code,
            idempotencyKey: message.idempotencyKey)
    }

    public func sentCodes() throws(ProviderError) -> [String] {
        try outbox.codes()
    }
}
