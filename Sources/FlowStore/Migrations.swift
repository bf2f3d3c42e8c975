import GRDB

/// The schema, one named migration per change; a migration once shipped is never edited.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-orders", migrate: createOrders)
        migrator.registerMigration("v2-abuse-limits", migrate: createAbuseAttempts)
        migrator.registerMigration("v3-shipments", migrate: createShipments)
        migrator.registerMigration("v4-invoices", migrate: createInvoices)
        migrator.registerMigration("v5-outbox-delivery", migrate: OutboxDeliveryMigration.migrate)
        migrator.registerMigration("v6-server", migrate: ServerMigration.migrate)
        // Foreign keys stay on: the rebuild keeps every reference valid, and the deferred check
        // would scan the whole database on open.
        migrator.registerMigration("v7-lean-step-tables", foreignKeyChecks: .immediate, migrate: StepTablesMigration.migrate)
        return migrator
    }

    /// Applies the migrations not yet applied. GRDB decides which are missing before it takes the
    /// write lock, so two processes opening a new file at once can both run the same migration;
    /// the later one fails ("table … already exists") and its transaction rolls back whole. Each
    /// such failure means another process applied a migration, so one more pass per migration
    /// always settles it; any other failure repeats and is thrown.
    static func apply(to writer: any DatabaseWriter) throws {
        let migrator = migrator
        var failures = 0
        while true {
            do {
                return try migrator.migrate(writer)
            } catch {
                failures += 1
                if failures > migrator.migrations.count { throw error }
            }
        }
    }

    private static func createOrders(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE definition (
                hash TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                flow TEXT NOT NULL,
                body BLOB NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE orders (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                flow TEXT NOT NULL,
                definition_hash TEXT NOT NULL REFERENCES definition(hash),
                status TEXT NOT NULL CHECK (status IN ('active', 'waiting', 'completed', 'cancelled')),
                step TEXT NOT NULL,
                wait TEXT,
                version INTEGER NOT NULL,
                guard_kind TEXT CHECK (guard_kind IN ('subject', 'certificate')),
                guard_key TEXT,
                subject TEXT,
                pending TEXT NOT NULL DEFAULT '{}',
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
            -- The flow language's guards, held by the database: at most one open order per guarded
            -- subject or certificate, whichever process commits first.
            CREATE UNIQUE INDEX orders_one_open_per_guard ON orders(guard_kind, guard_key)
                WHERE guard_key IS NOT NULL AND status IN ('active', 'waiting');
            CREATE INDEX orders_by_channel ON orders(channel, status);
            CREATE INDEX orders_by_subject ON orders(subject);
            CREATE TABLE answer (
                order_id TEXT NOT NULL REFERENCES orders(id),
                step TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (order_id, field)
            );
            CREATE TABLE step_result (
                order_id TEXT NOT NULL REFERENCES orders(id),
                step TEXT NOT NULL,
                position INTEGER NOT NULL,
                outputs TEXT NOT NULL,
                completed_at INTEGER NOT NULL,
                PRIMARY KEY (order_id, step)
            );
            CREATE TABLE event (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                order_id TEXT NOT NULL REFERENCES orders(id),
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                step TEXT,
                detail TEXT NOT NULL
            );
            CREATE INDEX event_by_order ON event(order_id, id);
            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TABLE material_blob (
                sha256 TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                type TEXT NOT NULL,
                bytes BLOB NOT NULL
            );
            CREATE TABLE order_material (
                order_id TEXT NOT NULL REFERENCES orders(id),
                material TEXT NOT NULL,
                sha256 TEXT NOT NULL REFERENCES material_blob(sha256),
                stored_at INTEGER NOT NULL,
                PRIMARY KEY (order_id, material)
            );
            CREATE TABLE payment (
                id TEXT PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id),
                method TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                provider TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
                created_at INTEGER NOT NULL,
                confirmed_at INTEGER
            );
            CREATE INDEX payment_by_order ON payment(order_id);
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                order_id TEXT REFERENCES orders(id),
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                delivered_at INTEGER
            );
            CREATE TABLE one_time_code (
                order_id TEXT NOT NULL REFERENCES orders(id),
                purpose TEXT NOT NULL,
                recipient_hash TEXT NOT NULL,
                code_hash TEXT NOT NULL,
                sent_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                wrong_tries INTEGER NOT NULL DEFAULT 0,
                used INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (order_id, purpose, recipient_hash)
            );
            """)
    }

    /// One row per counted attempt (an SMS sent, a wrong code, a captcha tried), so a limit holds
    /// across processes and restarts; rows older than their window are deleted as attempts come.
    private static func createAbuseAttempts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE abuse_attempt (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                at INTEGER NOT NULL
            );
            CREATE INDEX abuse_attempt_by_key ON abuse_attempt(scope, key, at);
            """)
    }

    /// The UKEY's shipment to the mailing address: its address may change only while pending.
    private static func createShipments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shipment (
                order_id TEXT PRIMARY KEY REFERENCES orders(id),
                address TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'shipped', 'delivered')),
                tracking TEXT,
                updated_at INTEGER NOT NULL
            );
            """)
    }

    /// Invoices with their PDF; a re-issue adds a row and points the old one at it.
    private static func createInvoices(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE invoice (
                number TEXT PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id),
                title TEXT NOT NULL,
                tax_number TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                email TEXT NOT NULL,
                provider TEXT NOT NULL,
                issued_at INTEGER NOT NULL,
                replaced_by TEXT REFERENCES invoice(number),
                pdf BLOB NOT NULL
            );
            CREATE INDEX invoice_by_order ON invoice(order_id, issued_at);
            """)
    }
}
