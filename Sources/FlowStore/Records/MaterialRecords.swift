public import Foundation
public import GRDB

/// An uploaded file, stored once by the SHA-256 of its bytes.
public struct MaterialBlobRecord: SnakeCaseRecord {
    public static let databaseTableName = "material_blob"

    public var sha256: String
    public var size: Int64
    /// The type detected from the bytes: `pdf`, `jpeg`, `png`.
    public var type: String
    public var bytes: Data

    public init(sha256: String, size: Int64, type: String, bytes: Data) {
        self.sha256 = sha256
        self.size = size
        self.type = type
        self.bytes = bytes
    }
}

/// Which stored file an order gave for one material of its list.
public struct OrderMaterialRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "order_material"

    public var orderId: String
    public var material: String
    public var sha256: String
    public var storedAt: Int64

    public init(orderId: String, material: String, sha256: String, storedAt: Int64) {
        self.orderId = orderId
        self.material = material
        self.sha256 = sha256
        self.storedAt = storedAt
    }
}

extension OrderMaterialRecord {
    /// Decodes by column name: an order's materials are read with the order, and Codable decoding
    /// costs more than the query.
    public init(row: Row) throws {
        self.init(
            orderId: try row.decode(forColumn: "order_id"), material: try row.decode(forColumn: "material"),
            sha256: try row.decode(forColumn: "sha256"), storedAt: try row.decode(forColumn: "stored_at"))
    }
}

extension MaterialBlobRecord {
    /// Stores the file unless the same bytes are stored already (through a cached statement).
    func saveOnce(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO material_blob (sha256, size, type, bytes) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING
            """).execute(arguments: [sha256, size, type, bytes])
    }
}

extension OrderMaterialRecord {
    /// Records (or replaces) the file given for the material (through a cached statement).
    func save(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO order_material (order_id, material, sha256, stored_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (order_id, material) DO UPDATE SET sha256 = excluded.sha256, stored_at = excluded.stored_at
            """).execute(arguments: [orderId, material, sha256, storedAt])
    }
}
