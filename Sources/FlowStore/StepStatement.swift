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

    var index: Int {
        switch self {
        case .insertOrder: 0
        case .upsertStepResult: 1
        case let .updateOrder(columns): 2 + columns.intersection(.all).rawValue
        case let .answers(rows): 2 + Self.updates + Self.checked(rows)
        case let .events(rows): 2 + Self.updates + RowBatch.rowsPerStatement + Self.checked(rows)
        }
    }

    var sql: String {
        switch self {
        case .insertOrder: StepSQL.insertOrder
        case .upsertStepResult: StepSQL.upsertStepResult
        case let .updateOrder(columns): StepSQL.updateOrder(setting: columns)
        case let .answers(rows): StepSQL.upsertAnswers(rows: rows)
        case let .events(rows): StepSQL.insertEvents(rows: rows)
        }
    }

    private static func checked(_ rows: Int) -> Int {
        precondition((1...RowBatch.rowsPerStatement).contains(rows), "\(rows) rows in one statement")
        return rows - 1
    }
}
