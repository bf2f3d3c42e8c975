@testable import FlowStore
import Foundation
import GRDB
import Testing

/// A database written before the step tables were rebuilt keeps its answers, results and events,
/// and its event ids go on increasing.
@Suite("Migration v7: lean step tables")
struct StepTablesMigrationTests {
    @Test("rows written under v6 survive the rebuild and events stay append-only")
    func rowsSurviveTheRebuild() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cf-v6-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        // The process-wide settings go first: they must not run while SQLite is in use.
        _ = SQLiteSettings.memoryStatisticsOff
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v6-server")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO definition VALUES ('h1', 'c', 'f', x'7b7d', 0);
                INSERT INTO orders (id, channel, flow, definition_hash, status, step, version, created_at, updated_at)
                    VALUES ('A', 'c', 'f', 'h1', 'active', 's2', 2, 1, 2);
                INSERT INTO answer VALUES ('A', 's1', 'x', '{"string":"1"}');
                INSERT INTO step_result VALUES ('A', 's1', 1, '{}', 2);
                INSERT INTO event (order_id, at, kind, step, detail) VALUES ('A', 1, 'order_started', NULL, '{}'),
                    ('A', 2, 'step_completed', 's1', '{}');
                """)
        }
        try old.close()

        let store = OrderStore(database: try FlowDatabase(.file(path)))
        let snapshot = try #require(try store.snapshot("A"))
        #expect(snapshot.answers.map(\.value) == [#"{"string":"1"}"#])
        #expect(snapshot.stepResults.map(\.step) == ["s1"])
        #expect(try store.events(of: "A").map(\.kind) == ["order_started", "step_completed"])

        var commit = OrderCommit(order: snapshot.order, previous: snapshot.order)
        commit.events = [EventRecord(orderId: "A", at: 3, kind: "step_entered", step: "s2", detail: "{}")]
        try store.commit(commit)
        let ids = try store.database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM event ORDER BY id") }
        #expect(ids == [1, 2, 3])
        #expect(throws: DatabaseError.self) {
            try store.database.transaction { db in try db.execute(sql: "DELETE FROM event") }
        }
        let tables = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('answer', 'step_result') ORDER BY name")
        }
        #expect(tables.count == 2 && tables.allSatisfy { $0.hasSuffix("WITHOUT ROWID") })
        let event = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'event' ORDER BY name")
        }
        #expect(event == ["event", "event_by_order", "event_no_delete", "event_no_update"])
        #expect(throws: DatabaseError.self) {
            try store.database.transaction { db in try db.execute(sql: "UPDATE event SET kind = 'x'") }
        }
        let eventSQL = try store.database.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'event'") }
        #expect(eventSQL?.contains("AUTOINCREMENT") == false)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
