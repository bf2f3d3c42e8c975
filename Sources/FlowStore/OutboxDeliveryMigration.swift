import GRDB

/// The outbox's delivery state: which event a notification is for, how it goes (sms, email) and
/// to whom, its rendered text, its idempotency key, and where a delivery worker stands with it
/// (attempts, the next attempt's time, a worker's lease, the last error). `delivered_at` is the
/// time the provider accepted the message.
enum OutboxDeliveryMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE outbox ADD COLUMN event TEXT;
            ALTER TABLE outbox ADD COLUMN channel_kind TEXT CHECK (channel_kind IN ('sms', 'email'));
            ALTER TABLE outbox ADD COLUMN recipient TEXT;
            ALTER TABLE outbox ADD COLUMN subject TEXT;
            ALTER TABLE outbox ADD COLUMN body TEXT;
            ALTER TABLE outbox ADD COLUMN idempotency_key TEXT;
            ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed'));
            ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
            ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
            ALTER TABLE outbox ADD COLUMN last_error TEXT;
            -- One message per order, event, channel kind and recipient, however often the event recurs.
            CREATE UNIQUE INDEX outbox_idempotency ON outbox(idempotency_key);
            CREATE INDEX outbox_due ON outbox(status, next_attempt_at) WHERE channel_kind IS NOT NULL;
            """)
    }
}
