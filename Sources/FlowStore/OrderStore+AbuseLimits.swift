import GRDB

/// The abuse counters, in the database so that every process sees the same count. Each check and
/// count is one immediate transaction: two processes cannot both take the last attempt. They are
/// async, as a step's commit is: sending an SMS counts two attempts, and while the writer is busy
/// they join its next group instead of blocking one of a server's few threads each.
extension OrderStore {
    /// Counts one attempt unless the limit is reached; then returns the milliseconds until the
    /// oldest attempt in the window leaves it, and counts nothing.
    public func admit(_ limit: AbuseLimit, key: String, at now: Int64) async throws -> Int64? {
        try await database.transaction { db in
            if let wait = try Self.wait(limit, key: key, now: now, db) { return wait }
            try Self.insert(limit, key: key, now: now, db)
            return nil
        }
    }

    /// The wait when the limit is reached, without counting anything.
    public func exceeded(_ limit: AbuseLimit, key: String, at now: Int64) throws -> Int64? {
        try database.read { db in try Self.wait(limit, key: key, now: now, db) }
    }

    /// Counts one attempt whatever the count (a wrong code that was already typed).
    public func count(_ limit: AbuseLimit, key: String, at now: Int64) async throws {
        try await database.transaction { db in try Self.insert(limit, key: key, now: now, db) }
    }

    private static func wait(_ limit: AbuseLimit, key: String, now: Int64, _ db: Database) throws -> Int64? {
        let times = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT at FROM abuse_attempt WHERE scope = ? AND key = ? AND at > ? ORDER BY at"),
            arguments: [limit.scope, key, now - limit.windowMilliseconds])
        guard times.count >= limit.maximum else { return nil }
        return max(1000, times[times.count - limit.maximum] + limit.windowMilliseconds - now)
    }

    private static func insert(_ limit: AbuseLimit, key: String, now: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM abuse_attempt WHERE scope = ? AND key = ? AND at <= ?")
            .execute(arguments: [limit.scope, key, now - limit.windowMilliseconds])
        try db.cachedStatement(sql: "INSERT INTO abuse_attempt (scope, key, at) VALUES (?, ?, ?)").execute(arguments: [limit.scope, key, now])
    }
}
