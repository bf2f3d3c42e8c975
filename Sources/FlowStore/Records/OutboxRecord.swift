public import GRDB

/// A message to deliver after the commit that produced it (notifications, revocations); written in
/// the same transaction as the step, so a crash never loses or invents one. Notifications carry
/// their rendered text, recipient and idempotency key; a delivery worker claims them
/// (``OutboxQueue``).
public struct OutboxRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "outbox"

    public var id: Int64?
    public var orderId: String?
    public var kind: String
    /// A JSON object with masked values.
    public var payload: String
    public var createdAt: Int64
    /// When the provider accepted the message.
    public var deliveredAt: Int64?
    public var event: String?
    /// `sms` or `email`, for notifications.
    public var channelKind: String?
    /// The mobile number or e-mail address, in full: the delivery needs it. Shown masked only.
    public var recipient: String?
    public var subject: String?
    public var body: String?
    /// Order, event, channel kind and a hash of the recipient: the same for every attempt, so the
    /// receiving service recognises a message sent again after a crash.
    public var idempotencyKey: String?
    public var status: OutboxStatus = .pending
    public var attempts: Int = 0
    public var nextAttemptAt: Int64 = 0
    public var leaseOwner: String?
    public var leaseUntil: Int64?
    public var lastError: String?

    public init(id: Int64? = nil, orderId: String?, kind: String, payload: String, createdAt: Int64, deliveredAt: Int64? = nil) {
        self.id = id
        self.orderId = orderId
        self.kind = kind
        self.payload = payload
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}

/// Where an outbox message stands.
public enum OutboxStatus: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    /// Not yet accepted by a provider; due at `next_attempt_at`.
    case pending
    /// Accepted by the provider.
    case sent
    /// Refused for good (a permanent error, or every attempt used).
    case failed
}
