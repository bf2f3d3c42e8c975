import Foundation
public import GRDB

/// The SQLite database of orders, opened through GRDB: WAL on disk, one writer, readers that never
/// block it, named migrations applied on open.
public struct FlowDatabase: Sendable {
    /// Where the database lives.
    public enum Location: Sendable, Hashable {
        case file(String)
        /// A private in-memory database (tests, benchmarks).
        case memory
    }

    public let writer: any DatabaseWriter
    public let location: Location
    /// Batches the async transactions of a file; nil in memory.
    private let group: CommitGroup?
    private let prepared: PreparedStatements

    /// Opens (and creates or migrates) the database.
    ///
    /// - Parameters:
    ///   - busyTimeout: how long a writer waits for another process's transaction before giving
    ///     up; long enough that concurrent processes queue rather than fail.
    public init(_ location: Location, durability: Durability = .full, busyTimeout: Double = 30) throws {
        _ = SQLiteSettings.memoryStatisticsOff
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        let synchronous = durability.pragmaValue
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        switch location {
        case let .file(path):
            let pool = try Self.openPool(path, configuration, busyTimeout: busyTimeout)
            // GRDB sets `synchronous = NORMAL` on the writer when it switches the pool to WAL,
            // after `prepareDatabase` ran: set the durability asked for again.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = \(synchronous)") }
            writer = pool
            group = CommitGroup(writer: pool)
        case .memory:
            writer = try DatabaseQueue(configuration: configuration)
            group = nil
        }
        self.location = location
        try Migrations.apply(to: writer)
        prepared = PreparedStatements(writer: writer.writeWithoutTransaction { db in db.sqliteConnection })
    }

    /// Opens the pool of a file. A new file is switched to WAL on open, which takes a lock SQLite
    /// does not wait for while another process opens the same new file (waiting could deadlock,
    /// so it fails at once with SQLITE_BUSY). WAL, once set, stays in the file, so a later
    /// attempt goes through; a lock still held after `busyTimeout` is reported.
    private static func openPool(_ path: String, _ configuration: Configuration, busyTimeout: Double) throws -> DatabasePool {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: it takes the write lock up front, so two
    /// processes queue on the busy timeout instead of failing on a lock upgrade.
    ///
    /// `body` must let every database error through: after some errors (a full disk, an I/O
    /// error) SQLite has rolled the transaction back by itself, and a body that went on writing
    /// would write outside any transaction. The transaction is then reported as failed.
    public func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try blockingTransaction(body)
    }

    /// `transaction` for async callers (the same rule for `body`): a transaction that finds the
    /// group busy suspends its task, not blocking a thread, and the transactions handed in
    /// meanwhile are committed together (`CommitGroup`), one `fsync` for all of them; one that
    /// finds it idle commits at once on the caller's thread, waiting there for the write lock and
    /// the `fsync`. An in-memory database never waits on a disk and always commits at once.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        guard let group else { return try blockingTransaction(body) }
        return try await group.transaction(body)
    }

    /// Named apart from `transaction` so that async callers reach it too: in an async context the
    /// async overloads of `transaction` and of GRDB's write are preferred.
    private func blockingTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.blockingTransaction(on: writer, body)
    }

    static func blockingTransaction<T>(on writer: any DatabaseWriter, _ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in try within(.immediate, db, body) }
    }

    /// Runs `body` between a `BEGIN` and a `COMMIT` prepared once per connection: GRDB's
    /// `inTransaction` prepares both statements again for every transaction, which in memory
    /// costs about as much as a step's own writes. The `BEGIN` runs straight through SQLite
    /// (`DirectStatement`); the `COMMIT` goes through GRDB, which tells its transaction observers
    /// of a commit only when it runs one itself.
    static func within<T>(_ kind: Database.TransactionKind, _ db: Database, _ body: (Database) throws -> T) throws -> T {
        try DirectStatement(db, sql: begin(kind)).run()
        do {
            let result = try body(db)
            // An error such as a full disk can make SQLite roll the transaction back by itself; a
            // body that caught it and went on wrote outside the transaction: report a failure.
            guard db.isInsideTransaction else {
                throw DatabaseError(resultCode: .SQLITE_ABORT, message: "Transaction was aborted")
            }
            try db.cachedStatement(sql: "COMMIT").execute()
            return result
        } catch {
            // As in GRDB's `inTransaction`: the first error is the one to report; a failing
            // rollback means SQLite already rolled the transaction back.
            try? db.rollback()
            throw error
        }
    }

    /// The statement that begins a transaction of `kind`, written out so that no text is built
    /// for each transaction.
    private static func begin(_ kind: Database.TransactionKind) -> String {
        switch kind {
        case .deferred: "BEGIN DEFERRED"
        case .immediate: "BEGIN IMMEDIATE"
        case .exclusive: "BEGIN EXCLUSIVE"
        }
    }

    /// A run of one of a step's statements, prepared once on the writer's connection; `db` must be
    /// the writer's (a transaction's).
    public func statement(_ kind: StepStatement, _ db: Database) throws -> DirectStatement {
        DirectStatement(db, statement: try prepared.statement(kind, db))
    }

    /// Reads a consistent snapshot in one deferred transaction; never blocks the writer.
    ///
    /// GRDB's `read` also switches the connection to read-only and back around every read, which
    /// costs more than the queries of a step; a deferred transaction gives the same snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.unsafeRead { db in try Self.within(.deferred, db, body) }
    }

    /// Runs a body of one query, outside any explicit transaction: a single statement reads one
    /// consistent snapshot by itself, and a `BEGIN` and `COMMIT` around it cost about as much as
    /// the query (the order number looked up before each start, the API key of each request). A
    /// body of more than one statement needs `read`.
    public func readStatement<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.unsafeRead(body)
    }
}
