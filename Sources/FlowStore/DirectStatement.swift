public import GRDB
import GRDBSQLite

/// One run of a cached statement with its values bound straight through SQLite's C API.
///
/// The writes of a step are a handful of small rows, and GRDB's general `execute(arguments:)`
/// (an array of boxed values, its validation, the observation hooks, a binding closure per value)
/// costs about as much as SQLite's own work for them. The statement is one of the connection's
/// cached GRDB statements, shared with GRDB's own runs of the same text, or one of the writer's
/// prepared step statements (``FlowDatabase/statement(_:_:)``): it is reset before it is bound,
/// and reset after it ran, whatever happened.
///
/// GRDB does not see these runs: a transaction observer hears of the commit (which runs through
/// GRDB) but not of the rows written this way.
public struct DirectStatement {
    /// Held so that the statement outlives this run even if GRDB's cache lets it go meanwhile.
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?
    private var index: Int32 = 0
    /// The first failed bind: reported by `run`, as SQLite would report the statement.
    private var bindFailure: Int32 = SQLITE_OK

    public init(_ db: Database, sql: String) throws {
        try self.init(db, statement: db.cachedStatement(sql: sql))
    }

    /// A run of a statement prepared on `db`'s connection.
    init(_ db: Database, statement: Statement) {
        self.statement = statement
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        // GRDB resets a statement before its next run, not after the last: one it ran last is
        // still at its end, where SQLite refuses new bindings.
        sqlite3_reset(handle)
    }

    public mutating func bind(_ value: String) {
        index += 1
        // A zero byte ends the text, as GRDB binds it: what GRDB looks up is what was stored.
        record(value.withCString { sqlite3_bind_text(handle, index, $0, -1, SQLITE_TRANSIENT) })
    }

    public mutating func bind(_ value: Int64) {
        index += 1
        record(sqlite3_bind_int64(handle, index, value))
    }

    public mutating func bind(_ value: String?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    public mutating func bind(_ value: Int64?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    private mutating func bindNull() {
        index += 1
        record(sqlite3_bind_null(handle, index))
    }

    private mutating func record(_ code: Int32) {
        if bindFailure == SQLITE_OK { bindFailure = code }
    }

    /// Runs the statement to its end; throws SQLite's error as GRDB would report it, with the
    /// extended result code and message (the store tells a guard conflict by them).
    public func run() throws {
        try stepping {
            while true {
                switch sqlite3_step(handle) {
                case SQLITE_DONE: return
                case SQLITE_ROW: continue
                case let code: throw failure(code)
                }
            }
        }
    }

    /// Runs a query for its first row only: whether there is one.
    public func hasRow() throws -> Bool {
        try stepping {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            case let code: throw failure(code)
            }
        }
    }

    /// Steps the bound statement through `body`, then leaves it reset. Its values stay bound
    /// until the next run binds every parameter again (GRDB's runs bind all of them too), so
    /// SQLite reuses the memory of each text instead of freeing and allocating it per run.
    private func stepping<T>(_ body: () throws -> T) throws -> T {
        defer { sqlite3_reset(handle) }
        guard bindFailure == SQLITE_OK else { throw failure(bindFailure) }
        // A value left out would run as NULL: a statement and its binder that disagree are refused.
        let parameters = sqlite3_bind_parameter_count(handle)
        guard index == parameters else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE, message: "\(index) values bound, the statement takes \(parameters)", sql: statement.sql)
        }
        return try body()
    }

    /// SQLite's error for `code`, with the connection's extended code when it is one of `code`'s:
    /// a successful bind after a failed one sets the connection's code back to OK.
    private func failure(_ code: Int32) -> DatabaseError {
        let extended = connection.map { sqlite3_extended_errcode($0) }.flatMap { $0 & 0xFF == code ? $0 : nil } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}

/// SQLite copies a value bound with this destructor, so the Swift string need not outlive the bind.
/// Computed: a global constant is reached through a lazy initialiser's check on every bind.
private var SQLITE_TRANSIENT: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
