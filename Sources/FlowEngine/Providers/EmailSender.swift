/// Sends e-mail: an SMTP relay, or the sandbox's file.
public protocol EmailSender: Provider {
    func send(_ message: EmailMessage) async throws(ProviderError)
}

public struct EmailMessage: Sendable, Hashable {
    public var to: String
    public var subject: String
    /// Plain text, lines separated by `\n`.
    public var body: String
    /// The outbox's key: the same on every attempt, carried in the `Message-ID`, so a receiver
    /// recognises a message sent again after a crash.
    public var idempotencyKey: String

    public init(to: String, subject: String, body: String, idempotencyKey: String) {
        self.to = to
        self.subject = subject
        self.body = body
        self.idempotencyKey = idempotencyKey
    }
}
