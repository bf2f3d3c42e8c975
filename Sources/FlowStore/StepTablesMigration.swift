import GRDB

/// The tables every step writes, rebuilt to cost fewer B-tree writes per row: answers and step
/// results become WITHOUT ROWID tables clustered on their primary key (one B-tree per row instead
/// of the table and its primary-key index), and events lose AUTOINCREMENT, whose bookkeeping row
/// in `sqlite_sequence` was rewritten by every insert. Event ids stay increasing without it: a
/// new id is one above the largest, and the append-only triggers forbid removing the largest.
enum StepTablesMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE answer_lean (
                order_id TEXT NOT NULL REFERENCES orders(id),
                step TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (order_id, field)
            ) WITHOUT ROWID;
            INSERT INTO answer_lean (order_id, step, field, value) SELECT order_id, step, field, value FROM answer;
            DROP TABLE answer;
            ALTER TABLE answer_lean RENAME TO answer;

            CREATE TABLE step_result_lean (
                order_id TEXT NOT NULL REFERENCES orders(id),
                step TEXT NOT NULL,
                position INTEGER NOT NULL,
                outputs TEXT NOT NULL,
                completed_at INTEGER NOT NULL,
                PRIMARY KEY (order_id, step)
            ) WITHOUT ROWID;
            INSERT INTO step_result_lean (order_id, step, position, outputs, completed_at)
                SELECT order_id, step, position, outputs, completed_at FROM step_result;
            DROP TABLE step_result;
            ALTER TABLE step_result_lean RENAME TO step_result;

            CREATE TABLE event_lean (
                id INTEGER PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id),
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                step TEXT,
                detail TEXT NOT NULL
            );
            INSERT INTO event_lean (id, order_id, at, kind, step, detail) SELECT id, order_id, at, kind, step, detail FROM event;
            DROP TABLE event;
            ALTER TABLE event_lean RENAME TO event;
            CREATE INDEX event_by_order ON event(order_id, id);
            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            """)
    }
}
