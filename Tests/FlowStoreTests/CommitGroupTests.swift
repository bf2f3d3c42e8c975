import FlowStore
import Foundation
import GRDB
import Synchronization
import Testing

/// Async transactions on a file are committed in groups: many callers, few commits, and each
/// caller's outcome its own. A transaction that finds the group idle runs on its caller's thread
/// (here an empty one handed in first, which then waits for the writer another thread holds) and
/// those arriving behind it are grouped. That first caller blocks a cooperative thread, and the others queue up
/// only when a thread is free for them, which a busy test run may not offer for a while: the
/// holder lets the writer go only once every caller has arrived at the group.
@Suite("FlowDatabase group commit", .serialized)
struct CommitGroupTests {
    @Test("transactions handed in while the writer is busy commit together, each with its own result", arguments: Durability.allCases)
    func busyWriterBatchesTransactions(durability: Durability) async throws {
        let (database, folder) = try Self.database(durability)
        defer { try? FileManager.default.removeItem(at: folder) }
        let commits = CommitCounter()
        try await database.writer.writeWithoutTransaction { db in db.add(transactionObserver: commits, extent: .databaseLifetime) }
        let arrivals = Arrivals()
        let holding = try await Self.holdWriter(database, until: arrivals, count: 11)
        let filler = try await Self.occupyIdleSlot(database, arrivals)
        let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
            for value in 0..<10 {
                group.addTask {
                    try await arrivals.transaction(database) { db in
                        try db.execute(sql: "INSERT INTO scratch (value) VALUES (?)", arguments: ["v\(value)"])
                        return db.lastInsertedRowID
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        await holding.value
        try await filler.value
        #expect(Set(ids).count == 10)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM scratch") } == 10)
        // GRDB hears of each commit: the counter is the test's only view of the grouping.
        #expect((1...3).contains(commits.count), "10 transactions took \(commits.count) commits")
    }

    @Test(
        "many transactions at once each commit with their own result, and the writer is idle after them",
        .timeLimit(.minutes(1)), arguments: Durability.allCases)
    func concurrentTransactionsAllCommit(durability: Durability) async throws {
        let (database, folder) = try Self.database(durability)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
            for value in 0..<50 {
                group.addTask {
                    try await database.transaction { db in
                        try db.execute(sql: "INSERT INTO scratch (value) VALUES (?)", arguments: ["v\(value)"])
                        return db.lastInsertedRowID
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(ids).count == 50)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM scratch") } == 50)
        let next = try await database.transaction { db in
            try db.execute(sql: "INSERT INTO scratch (value) VALUES ('after')")
            return db.lastInsertedRowID
        }
        #expect(next == 51, "the writer is idle again afterwards")
    }

    @Test("a transaction that fails rolls back alone; the others of its batch commit", arguments: Durability.allCases)
    func failureStaysWithItsTransaction(durability: Durability) async throws {
        let (database, folder) = try Self.database(durability)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arrivals = Arrivals()
        let holding = try await Self.holdWriter(database, until: arrivals, count: 4)
        let filler = try await Self.occupyIdleSlot(database, arrivals)
        async let first: Void = arrivals.transaction(database) { db in try db.execute(sql: "INSERT INTO scratch (value) VALUES ('a')") }
        async let duplicate: Void = arrivals.transaction(database) { db in
            try db.execute(sql: "INSERT INTO scratch (value) VALUES ('b')")
            try db.execute(sql: "INSERT INTO scratch (value) VALUES ('a'), ('a')")
        }
        async let last: Void = arrivals.transaction(database) { db in try db.execute(sql: "INSERT INTO scratch (value) VALUES ('c')") }
        try await first
        var refused = false
        do { try await duplicate } catch is DatabaseError { refused = true }
        #expect(refused)
        try await last
        await holding.value
        try await filler.value
        let values = try database.read { db in try String.fetchAll(db, sql: "SELECT value FROM scratch ORDER BY value") }
        #expect(values == ["a", "c"])
    }

    /// Hands in an empty transaction that finds the group idle and so takes the caller's-thread
    /// path, waiting there for the held writer: the transactions after it all queue up behind it.
    private static func occupyIdleSlot(_ database: FlowDatabase, _ arrivals: Arrivals) async throws -> Task<Void, any Error> {
        let filler = Task { try await arrivals.transaction(database) { _ in } }
        while arrivals.count < 1 { try await Task.sleep(for: .milliseconds(5)) }
        try await Task.sleep(for: .milliseconds(50))
        return filler
    }

    /// Holds the writer from a thread of its own, as another connection's long transaction would,
    /// until `count` callers have arrived, and a moment more for the last one to queue up; returns
    /// once the writer is held.
    private static func holdWriter(_ database: FlowDatabase, until arrivals: Arrivals, count: Int) async throws -> Task<Void, Never> {
        let holding = Task {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                Thread.detachNewThread {
                    database.writer.writeWithoutTransaction { _ in
                        arrivals.writerHeld()
                        let deadline = Date(timeIntervalSinceNow: 60)
                        while arrivals.count < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
                        Thread.sleep(forTimeInterval: 0.2)
                    }
                    continuation.resume()
                }
            }
        }
        while !arrivals.isWriterHeld { try await Task.sleep(for: .milliseconds(5)) }
        return holding
    }

    private static func database(_ durability: Durability) throws -> (FlowDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowstore-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try FlowDatabase(.file(folder.appendingPathComponent("orders.sqlite").path), durability: durability)
        try database.transaction { db in
            try db.execute(sql: "CREATE TABLE scratch (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)")
        }
        return (database, folder)
    }
}

/// Counts the callers about to hand a transaction to the group, and tells when the writer is held.
private final class Arrivals: Sendable {
    private let arrived = Mutex(0)
    private let held = Mutex(false)

    var count: Int { arrived.withLock { $0 } }
    var isWriterHeld: Bool { held.withLock { $0 } }

    func writerHeld() {
        held.withLock { $0 = true }
    }

    /// Counts the caller, then hands `body` in; nothing suspends between the two until the group
    /// has queued it or runs it.
    func transaction<T: Sendable>(_ database: FlowDatabase, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        arrived.withLock { $0 += 1 }
        return try await database.transaction(body)
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
