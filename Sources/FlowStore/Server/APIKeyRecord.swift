public import GRDB

/// A channel's key to the HTTP API. Only the SHA-256 of its secret is stored; `id` is the public
/// part written in front of the secret, so a key is found without scanning.
public struct APIKeyRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "api_key"

    public var id: String
    public var channel: String
    public var secretSha256: String
    public var label: String?
    public var createdAt: Int64
    public var revokedAt: Int64?

    public init(id: String, channel: String, secretSha256: String, label: String?, createdAt: Int64, revokedAt: Int64? = nil) {
        self.id = id
        self.channel = channel
        self.secretSha256 = secretSha256
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

extension APIKeyRecord {
    /// Decodes by column name: every API request looks its key up, and Codable decoding costs
    /// more than the query.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), channel: try row.decode(forColumn: "channel"),
            secretSha256: try row.decode(forColumn: "secret_sha256"), label: try row.decode(forColumn: "label"),
            createdAt: try row.decode(forColumn: "created_at"), revokedAt: try row.decode(forColumn: "revoked_at"))
    }
}
