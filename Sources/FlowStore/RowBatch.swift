/// Writes the rows of one table that a commit holds with one statement per batch instead of one
/// per row: in a step's transaction each statement costs about as much to run as the row it
/// writes (arguments, reset, step), so a step's answers or events go in together.
struct RowBatch {
    /// Rows per statement: far below SQLite's smallest limit on bound parameters (999).
    static let rowsPerStatement = 64

    /// The statement for 1 … `rowsPerStatement` rows, at index rows - 1: made once, because the
    /// text is the key of the connection's statement cache and every commit looks it up.
    private let texts: [String]

    /// - Parameters:
    ///   - head: `INSERT INTO table (columns…) VALUES`
    ///   - tail: what follows the values (an `ON CONFLICT` clause), or nothing.
    init(head: String, tail: String, columns: Int) {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        texts = (1...Self.rowsPerStatement).map { rows in
            head + " " + Array(repeating: row, count: rows).joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail)
        }
    }

    /// Inserts `rows`, up to `rowsPerStatement` at a time with the statement `statement` gives for
    /// that many; `bind` binds one row's values in column order.
    static func insert<Row>(
        _ rows: [Row], statement: (Int) throws -> DirectStatement, bind: (Row, inout DirectStatement) -> Void
    ) throws {
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + rowsPerStatement)
            var statement = try statement(end - start)
            for row in rows[start..<end] { bind(row, &statement) }
            try statement.run()
            start = end
        }
    }

    /// The statement for `rows` rows, 1 … `rowsPerStatement`.
    func sql(rows: Int) -> String {
        texts[rows - 1]
    }
}
