public import GRDB

/// An append-only entry of an order's history; `detail` holds masked data only.
public struct EventRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "event"

    public var id: Int64?
    public var orderId: String
    public var at: Int64
    public var kind: String
    public var step: String?
    /// A JSON object with masked values.
    public var detail: String

    public init(id: Int64? = nil, orderId: String, at: Int64, kind: String, step: String?, detail: String) {
        self.id = id
        self.orderId = orderId
        self.at = at
        self.kind = kind
        self.step = step
        self.detail = detail
    }
}

extension EventRecord {
    /// Decodes by column name: an order's history is read on every API request that shows it, and
    /// Codable decoding costs more than the query.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), orderId: try row.decode(forColumn: "order_id"), at: try row.decode(forColumn: "at"),
            kind: try row.decode(forColumn: "kind"), step: try row.decode(forColumn: "step"), detail: try row.decode(forColumn: "detail"))
    }
}
