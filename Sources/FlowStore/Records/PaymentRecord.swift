public import GRDB

/// A payment of an order; confirmation is idempotent (a paid payment stays paid).
public struct PaymentRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "payment"

    public enum Status: String, Codable, Sendable {
        case pending
        case paid
        case failed
    }

    public var id: String
    public var orderId: String
    public var method: String
    public var amountFen: Int64
    /// The provider that took it; `sandbox` for the sandbox provider.
    public var provider: String
    public var status: Status
    public var createdAt: Int64
    public var confirmedAt: Int64?

    public init(
        id: String, orderId: String, method: String, amountFen: Int64, provider: String, status: Status,
        createdAt: Int64, confirmedAt: Int64? = nil
    ) {
        self.id = id
        self.orderId = orderId
        self.method = method
        self.amountFen = amountFen
        self.provider = provider
        self.status = status
        self.createdAt = createdAt
        self.confirmedAt = confirmedAt
    }
}
