import FlowStore
import Foundation
import GRDB
import Synchronization
import Testing

/// Async transactions on a file are committed in groups: many callers, few commits, and each
/// caller's outcome its own.
@Suite("FlowDatabase group commit")
struct CommitGroupTests {
    @Test("transactions handed in while the writer is busy commit together, each with its own result")
    func busyWriterBatchesTransactions() async throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commits = CommitCounter()
        try await database.writer.writeWithoutTransaction { db in db.add(transactionObserver: commits, extent: .databaseLifetime) }
        let holding = Task.detached {
            try database.writer.writeWithoutTransaction { _ in Thread.sleep(forTimeInterval: 0.5) }
        }
        try await Task.sleep(for: .milliseconds(100))
        let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
            for value in 0..<10 {
                group.addTask {
                    try await database.transaction { db in
                        try db.execute(sql: "INSERT INTO scratch (value) VALUES (?)", arguments: ["v\(value)"])
                        return db.lastInsertedRowID
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await holding.value
        #expect(Set(ids).count == 10)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM scratch") } == 10)
        #expect(commits.count <= 3, "10 transactions took \(commits.count) commits")
    }

    @Test("a transaction that fails rolls back alone; the others of its batch commit")
    func failureStaysWithItsTransaction() async throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let holding = Task.detached {
            try database.writer.writeWithoutTransaction { _ in Thread.sleep(forTimeInterval: 0.3) }
        }
        try await Task.sleep(for: .milliseconds(100))
        async let first: Void = database.transaction { db in try db.execute(sql: "INSERT INTO scratch (value) VALUES ('a')") }
        async let duplicate: Void = database.transaction { db in
            try db.execute(sql: "INSERT INTO scratch (value) VALUES ('b')")
            try db.execute(sql: "INSERT INTO scratch (value) VALUES ('a'), ('a')")
        }
        async let last: Void = database.transaction { db in try db.execute(sql: "INSERT INTO scratch (value) VALUES ('c')") }
        try await first
        var refused = false
        do { try await duplicate } catch is DatabaseError { refused = true }
        #expect(refused)
        try await last
        try await holding.value
        let values = try database.read { db in try String.fetchAll(db, sql: "SELECT value FROM scratch ORDER BY value") }
        #expect(values == ["a", "c"])
    }

    private static func database() throws -> (FlowDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowstore-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try FlowDatabase(.file(folder.appendingPathComponent("orders.sqlite").path))
        try database.transaction { db in
            try db.execute(sql: "CREATE TABLE scratch (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)")
        }
        return (database, folder)
    }
}

/// Counts the commits of a connection.
private final class CommitCounter: TransactionObserver, Sendable {
    private let commits = Mutex(0)

    var count: Int { commits.withLock { $0 } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) { commits.withLock { $0 += 1 } }
    func databaseDidRollback(_ db: Database) {}
}
