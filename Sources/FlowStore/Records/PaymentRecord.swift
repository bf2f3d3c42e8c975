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

extension PaymentRecord {
    /// Inserts or updates the payment through a cached statement (see `OneTimeCodeRecord.save`).
    func save(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO payment (id, order_id, method, amount_fen, provider, status, created_at, confirmed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET order_id = excluded.order_id, method = excluded.method,
                amount_fen = excluded.amount_fen, provider = excluded.provider, status = excluded.status,
                created_at = excluded.created_at, confirmed_at = excluded.confirmed_at
            """).execute(arguments: [id, orderId, method, amountFen, provider, status.rawValue, createdAt, confirmedAt])
    }
}

extension PaymentRecord.Status: DatabaseValueConvertible {}

extension PaymentRecord {
    /// Decodes by column name: an order's payments are read on most steps, and Codable decoding
    /// costs more than the query.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), orderId: try row.decode(forColumn: "order_id"),
            method: try row.decode(forColumn: "method"), amountFen: try row.decode(forColumn: "amount_fen"),
            provider: try row.decode(forColumn: "provider"), status: try row.decode(forColumn: "status"),
            createdAt: try row.decode(forColumn: "created_at"), confirmedAt: try row.decode(forColumn: "confirmed_at"))
    }
}
