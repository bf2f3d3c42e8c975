import GRDB

/// The notifications waiting in the outbox, handed to delivery workers under a lease: each claim,
/// each completion and each failure is one transaction. A worker that dies keeps its claim only
/// until the lease runs out; then another worker claims the message again and sends it with the
/// same idempotency key, so the receiver can tell it is the same message.
public struct OutboxQueue: Sendable {
    public let database: FlowDatabase

    public init(database: FlowDatabase) {
        self.database = database
    }

    /// Writes `messages` in `db`'s transaction, skipping each whose idempotency key is already in
    /// the outbox: an event that recurs (an order submitted again after a rejection, a retried
    /// shipment step) is not announced twice. The unique index on the key decides, in the insert
    /// itself, rather than a lookup before every row.
    static func enqueue(_ messages: [OutboxRecord], _ db: Database) throws {
        guard !messages.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO outbox (order_id, kind, payload, created_at, delivered_at, event, channel_kind, recipient, subject, body,
                idempotency_key, status, attempts, next_attempt_at, lease_owner, lease_until, last_error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (idempotency_key) DO NOTHING
            """)
        for message in messages {
            try insert.execute(arguments: [
                message.orderId, message.kind, message.payload, message.createdAt, message.deliveredAt, message.event,
                message.channelKind, message.recipient, message.subject, message.body, message.idempotencyKey,
                message.status.rawValue, message.attempts, message.nextAttemptAt, message.leaseOwner, message.leaseUntil,
                message.lastError,
            ])
        }
    }

    /// Claims up to `limit` due notifications for `owner` until `now + leaseMillis`, oldest first,
    /// counting the attempt; a message whose lease ran out is due again.
    public func claim(owner: String, limit: Int, now: Int64, leaseMillis: Int64) throws -> [OutboxRecord] {
        try database.transaction { db in
            let due = try OutboxRecord.fetchAll(db, sql: """
                SELECT * FROM outbox WHERE channel_kind IS NOT NULL AND status = 'pending' AND next_attempt_at <= ?
                    AND (lease_until IS NULL OR lease_until <= ?)
                ORDER BY id LIMIT ?
                """, arguments: [now, now, limit])
            return try due.map { message in
                var claimed = message
                claimed.leaseOwner = owner
                claimed.leaseUntil = now + leaseMillis
                claimed.attempts += 1
                try db.execute(
                    sql: "UPDATE outbox SET lease_owner = ?, lease_until = ?, attempts = ? WHERE id = ?",
                    arguments: [owner, claimed.leaseUntil, claimed.attempts, message.id])
                return claimed
            }
        }
    }

    /// Records that the provider accepted the message. False when `owner` no longer holds the
    /// claim (its lease ran out and another worker took the message).
    @discardableResult
    public func markSent(_ id: Int64, owner: String, at now: Int64) throws -> Bool {
        try database.transaction { db in
            try db.execute(sql: """
                UPDATE outbox SET status = 'sent', delivered_at = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
                WHERE id = ? AND lease_owner = ? AND status = 'pending'
                """, arguments: [now, id, owner])
            return db.changesCount > 0
        }
    }

    /// Records a failed attempt: due again at `retryAt`, or failed for good when it is nil. The
    /// error is stored as given; callers pass masked text only.
    @discardableResult
    public func markFailed(_ id: Int64, owner: String, error: String, retryAt: Int64?) throws -> Bool {
        try database.transaction { db in
            try db.execute(sql: """
                UPDATE outbox SET status = ?, next_attempt_at = COALESCE(?, next_attempt_at), last_error = ?,
                    lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND status = 'pending'
                """, arguments: [retryAt == nil ? OutboxStatus.failed : .pending, retryAt, error, id, owner])
            return db.changesCount > 0
        }
    }

    /// The notifications, oldest first, of one status or all.
    public func list(status: OutboxStatus? = nil) throws -> [OutboxRecord] {
        try database.read { db in
            var request = OutboxRecord.filter(Column("channel_kind") != nil)
            if let status { request = request.filter(Column("status") == status.rawValue) }
            return try request.order(Column("id")).fetchAll(db)
        }
    }
}
