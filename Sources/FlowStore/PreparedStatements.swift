import GRDB

/// The writer's prepared ``StepStatement``s, found by their place instead of by their text: GRDB's
/// statement cache hashes the whole text of a statement to find it, and a step's commit looks up
/// four texts of 100 to 300 characters.
///
/// Only the writer's connection uses the table, and GRDB runs one access to that connection at a
/// time, so the table needs no lock of its own.
final class PreparedStatements: @unchecked Sendable {
    private var statements = [Statement?](repeating: nil, count: StepStatement.count)
    /// The writer's connection: a statement of the table runs on no other.
    private let connection: OpaquePointer?

    init(writer connection: OpaquePointer?) {
        self.connection = connection
    }

    /// The statement of `kind`, prepared on first use; a misuse (another connection, a row count
    /// no statement is made for) is refused as SQLite refuses one.
    func statement(_ kind: StepStatement, _ db: Database) throws -> Statement {
        guard db.sqliteConnection == connection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "a statement of the writer's table used on another connection")
        }
        guard let index = kind.index else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no statement is made for \(kind)")
        }
        if let statement = statements[index] { return statement }
        let statement = try db.makeStatement(sql: kind.sql)
        statements[index] = statement
        return statement
    }
}
