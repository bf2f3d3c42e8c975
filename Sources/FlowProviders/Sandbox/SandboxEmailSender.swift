import FlowDomain
public import FlowEngine
import Foundation

/// A sandbox e-mail sender: records each message as one JSON line of an outbox file (mode 0600),
/// or in memory without one, instead of sending it. The address appears only masked
/// (`l***@example.com`) and as a SHA-256 hash; a message sent again with the same idempotency
/// key is recorded once.
public struct SandboxEmailSender: EmailSender {
    static let provider = "sandbox email"

    private let outbox: SandboxOutbox

    public var kind: ProviderKind { .sandbox }

    public init(outboxFile: String?, clock: any EngineClock = SystemClock()) {
        outbox = SandboxOutbox(file: outboxFile, provider: Self.provider, clock: clock)
    }

    public func send(_ message: EmailMessage) async throws(ProviderError) {
        let address = message.to.trimmingCharacters(in: .whitespaces).lowercased()
        let masked = Masking.email(address)
        try outbox.append(
            recipient: address, masked: masked, purpose: "email", text: message.body.replacingOccurrences(of: message.to, with: masked),
            code: nil, subject: message.subject, idempotencyKey: message.idempotencyKey)
    }
}
