import GRDB

/// Writes the rows of one table that a commit holds with one statement per batch instead of one
/// per row: in a step's transaction each statement costs about as much to run as the row it
/// writes (arguments, reset, step), so a step's answers or events go in together.
struct RowBatch {
    /// Rows per statement: far below SQLite's smallest limit on bound parameters (999).
    static let rowsPerStatement = 64

    /// `INSERT INTO table (columns…) VALUES`
    let head: String
    /// What follows the values (an `ON CONFLICT` clause), or nothing.
    let tail: String
    let columns: Int

    func insert(_ rows: [StatementArguments], _ db: Database) throws {
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + Self.rowsPerStatement)
            var arguments = StatementArguments()
            for row in rows[start..<end] { arguments += row }
            try db.cachedStatement(sql: sql(rows: end - start)).execute(arguments: arguments)
            start = end
        }
    }

    func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return head + " " + Array(repeating: row, count: rows).joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail)
    }
}
