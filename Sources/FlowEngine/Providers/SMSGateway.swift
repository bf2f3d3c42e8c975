/// Sends text messages. The engine generates codes and keeps only their hash; the gateway
/// only delivers.
public protocol SMSGateway: Provider {
    func send(_ message: SMSMessage) async throws(ProviderError)
}

public struct SMSMessage: Sendable, Hashable {
    /// The normalised mobile number.
    public var to: String
    public var text: String
    /// `signature`, `unlock` …: lets a sandbox find the code again for a headless run.
    public var purpose: String
    /// The one-time code the text carries, when it carries one.
    public var code: String?
    /// The outbox's key for a notification: the same on every attempt, so the gateway can drop a
    /// message sent again after a crash.
    public var idempotencyKey: String?

    public init(to: String, text: String, purpose: String, code: String? = nil, idempotencyKey: String? = nil) {
        self.to = to
        self.text = text
        self.purpose = purpose
        self.code = code
        self.idempotencyKey = idempotencyKey
    }
}

/// Implemented by sandbox gateways only: reads back the codes that were "sent", so an answers
/// file can say `code: {sandbox: sms}`. Real gateways never conform, so that cannot work with them.
/// The engine picks the one that matches the hash its order stored.
public protocol SandboxCodeSource: Sendable {
    /// Every code sent, newest first.
    func sentCodes() throws(ProviderError) -> [String]
}
