import GRDB

/// What `channelflow serve` keeps: the channels' API keys (only their SHA-256), the first answer
/// to each idempotency key, and the browser sessions of the web application with the orders each
/// one started.
enum ServerMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE api_key (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                secret_sha256 TEXT NOT NULL,
                label TEXT,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER
            );
            CREATE INDEX api_key_channel ON api_key(channel);
            CREATE TABLE idempotent_response (
                channel TEXT NOT NULL,
                key TEXT NOT NULL,
                request_sha256 TEXT NOT NULL,
                status INTEGER NOT NULL,
                content_type TEXT NOT NULL,
                body BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (channel, key)
            );
            CREATE INDEX idempotent_response_age ON idempotent_response(created_at);
            CREATE TABLE web_session (
                id_sha256 TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                csrf_token TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE web_session_order (
                session TEXT NOT NULL REFERENCES web_session(id_sha256) ON DELETE CASCADE,
                order_id TEXT NOT NULL REFERENCES orders(id),
                PRIMARY KEY (session, order_id)
            );
            """)
    }
}
