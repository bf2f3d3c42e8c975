/// The statements a step's commit runs, each with its own place in the writer's table of prepared
/// statements (``FlowDatabase/statement(_:_:)``), so that none is looked up by its text.
public enum StepStatement: Sendable {
    case insertOrder
    /// See ``StepSQL/updateOrder(setting:)``.
    case updateOrder(setting: StepSQL.IndexedColumns)
    case upsertStepResult
    /// 1 … `RowBatch.rowsPerStatement` answers.
    case answers(rows: Int)
    /// 1 … `RowBatch.rowsPerStatement` events.
    case events(rows: Int)

    /// Places in the table: one per statement text.
    static let count = 2 + updates + 2 * RowBatch.rowsPerStatement
    private static let updates = StepSQL.IndexedColumns.all.rawValue + 1

    /// Its place in the table; nil for a row count no statement is made for.
    var index: Int? {
        switch self {
        case .insertOrder: 0
        case .upsertStepResult: 1
        case let .updateOrder(columns): 2 + columns.intersection(.all).rawValue
        case let .answers(rows): Self.offset(rows).map { 2 + Self.updates + $0 }
        case let .events(rows): Self.offset(rows).map { 2 + Self.updates + RowBatch.rowsPerStatement + $0 }
        }
    }

    var sql: String {
        switch self {
        case .insertOrder: StepSQL.insertOrder
        case .upsertStepResult: StepSQL.upsertStepResult
        case let .updateOrder(columns): StepSQL.updateOrder(setting: columns)
        case let .answers(rows): StepSQL.answers.sql(rows: rows)
        case let .events(rows): StepSQL.events.sql(rows: rows)
        }
    }

    private static func offset(_ rows: Int) -> Int? {
        (1...RowBatch.rowsPerStatement).contains(rows) ? rows - 1 : nil
    }
}
