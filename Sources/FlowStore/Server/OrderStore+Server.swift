import GRDB

/// API keys, idempotent responses and web sessions.
extension OrderStore {
    public func insert(_ key: APIKeyRecord) throws {
        try database.transaction { db in try key.insert(db) }
    }

    /// Every API request asks this: a statement prepared once per connection, not SQL generated
    /// for each request (a few percent of a step submission's CPU under load).
    public func apiKey(id: String) throws -> APIKeyRecord? {
        try database.readStatement { db in
            try APIKeyRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM api_key WHERE id = ?"), arguments: [id])
        }
    }

    /// Every key, or a channel's, oldest first.
    public func apiKeys(channel: String? = nil) throws -> [APIKeyRecord] {
        try database.read { db in
            var request = APIKeyRecord.order(Column("created_at"), Column("id"))
            if let channel { request = request.filter(Column("channel") == channel) }
            return try request.fetchAll(db)
        }
    }

    /// Revokes a key; nil when there is no such key. A key revoked earlier keeps its first date.
    public func revokeAPIKey(id: String, at now: Int64) throws -> APIKeyRecord? {
        try database.transaction { db in
            guard var key = try APIKeyRecord.fetchOne(db, key: id) else { return nil }
            if key.revokedAt == nil {
                key.revokedAt = now
                try key.update(db)
            }
            return key
        }
    }

    /// The answer kept under a key, unless it is older than `since` (milliseconds since 1970).
    public func idempotentResponse(channel: String, key: String, since: Int64) throws -> IdempotentResponse? {
        try database.read { db in
            try Self.idempotentResponse(channel: channel, key: key, db).flatMap { $0.createdAt >= since ? $0 : nil }
        }
    }

    /// Keeps the first answer under a key; when another request stored one first, that one is
    /// returned and this one is dropped. Answers older than `expiry` (milliseconds) are deleted
    /// on the way: a key is a retry window, not a permanent record.
    public func keep(_ response: IdempotentResponse, expiry: Int64) throws -> IdempotentResponse {
        try database.transaction { db in
            try db.cachedStatement(sql: "DELETE FROM idempotent_response WHERE created_at < ?").execute(arguments: [response.createdAt - expiry])
            if let first = try Self.idempotentResponse(channel: response.channel, key: response.key, db) { return first }
            try response.insert(db)
            return response
        }
    }

    private static func idempotentResponse(channel: String, key: String, _ db: Database) throws -> IdempotentResponse? {
        try IdempotentResponse.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM idempotent_response WHERE channel = ? AND key = ?"), arguments: [channel, key])
    }

    public func insert(_ session: WebSessionRecord) throws {
        try database.transaction { db in try session.insert(db) }
    }

    public func webSession(idSha256: String) throws -> WebSessionRecord? {
        try database.read { db in try WebSessionRecord.fetchOne(db, key: idSha256) }
    }

    /// Binds an order to a browser session.
    public func bind(order: String, toSession session: String) throws {
        try database.transaction { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO web_session_order (session, order_id) VALUES (?, ?)", arguments: [session, order])
        }
    }

    /// Whether a session started the order.
    public func session(_ session: String, started order: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM web_session_order WHERE session = ? AND order_id = ?)",
                arguments: [session, order]) ?? false
        }
    }

    /// The orders a session started, newest first.
    public func orders(ofSession session: String) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT o.id FROM web_session_order s JOIN orders o ON o.id = s.order_id
                WHERE s.session = ? ORDER BY o.created_at DESC, o.id DESC
                """, arguments: [session])
        }
    }
}
