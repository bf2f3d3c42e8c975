public import GRDB

/// A one-time code sent to someone (SMS code, unlock authorisation code): only its hash is kept.
public struct OneTimeCodeRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "one_time_code"

    public var orderId: String
    /// `signature`, `login`, `unlock` …
    public var purpose: String
    /// SHA-256 of the normalised recipient (phone), never the number itself. Not keyed: it
    /// keeps numbers out of the table, but a mobile number can be found from it by trying them all.
    public var recipientHash: String
    /// `salt$sha256(salt + code)`: the code itself is never stored.
    public var codeHash: String
    public var sentAt: Int64
    public var expiresAt: Int64
    public var wrongTries: Int64
    public var used: Bool

    public init(
        orderId: String, purpose: String, recipientHash: String, codeHash: String, sentAt: Int64, expiresAt: Int64,
        wrongTries: Int64 = 0, used: Bool = false
    ) {
        self.orderId = orderId
        self.purpose = purpose
        self.recipientHash = recipientHash
        self.codeHash = codeHash
        self.sentAt = sentAt
        self.expiresAt = expiresAt
        self.wrongTries = wrongTries
        self.used = used
    }
}

extension OneTimeCodeRecord {
    /// Inserts or replaces the code of (order, purpose, recipient) through a cached statement:
    /// GRDB's `upsert` builds its SQL again on every call, which a step's commit cannot afford.
    func save(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO one_time_code (order_id, purpose, recipient_hash, code_hash, sent_at, expires_at, wrong_tries, used)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (order_id, purpose, recipient_hash) DO UPDATE SET code_hash = excluded.code_hash,
                sent_at = excluded.sent_at, expires_at = excluded.expires_at, wrong_tries = excluded.wrong_tries, used = excluded.used
            """).execute(arguments: [orderId, purpose, recipientHash, codeHash, sentAt, expiresAt, wrongTries, used])
    }
}

extension OneTimeCodeRecord {
    /// Decodes by column name: codes are read on every SMS step, and Codable decoding costs more
    /// than the query.
    public init(row: Row) throws {
        self.init(
            orderId: try row.decode(forColumn: "order_id"), purpose: try row.decode(forColumn: "purpose"),
            recipientHash: try row.decode(forColumn: "recipient_hash"), codeHash: try row.decode(forColumn: "code_hash"),
            sentAt: try row.decode(forColumn: "sent_at"), expiresAt: try row.decode(forColumn: "expires_at"),
            wrongTries: try row.decode(forColumn: "wrong_tries"), used: try row.decode(forColumn: "used"))
    }
}
