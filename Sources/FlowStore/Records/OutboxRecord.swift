public import GRDB

/// A message to deliver after the commit that produced it (notifications); written in the
/// same transaction as the step, so a crash never loses or invents one.
public struct OutboxRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "outbox"

    public var id: Int64?
    public var orderId: String?
    public var kind: String
    /// A JSON object with masked values.
    public var payload: String
    public var createdAt: Int64
    public var deliveredAt: Int64?

    public init(id: Int64? = nil, orderId: String?, kind: String, payload: String, createdAt: Int64, deliveredAt: Int64? = nil) {
        self.id = id
        self.orderId = orderId
        self.kind = kind
        self.payload = payload
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}
