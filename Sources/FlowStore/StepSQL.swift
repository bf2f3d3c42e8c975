/// The statements that write a completed step, shared (through ``StepStatement``) by the store
/// and by `bench engine`'s bare loop, so that the loop's ceiling is always the transaction shape
/// the store writes.
public enum StepSQL {
    /// The groups of `orders`' indexed columns, by the indexes they feed. SQLite updates every
    /// index one of whose columns an `UPDATE` sets (or whose `WHERE` reads one), whether the value
    /// changes or not, so an update sets only the groups that changed.
    public struct IndexedColumns: OptionSet, Sendable {
        public let rawValue: Int

        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// `orders_by_channel`, and the condition of `orders_one_open_per_guard`.
        public static let status = IndexedColumns(rawValue: 1)
        /// `guard_kind` and `guard_key`: `orders_one_open_per_guard`.
        public static let guardColumns = IndexedColumns(rawValue: 2)
        /// `orders_by_subject`.
        public static let subject = IndexedColumns(rawValue: 4)
        public static let all: IndexedColumns = [.status, .guardColumns, .subject]
    }

    /// An order's position and version, with the indexed columns of `columns`. Arguments: status
    /// (with `.status`), step, wait, new version, guard kind and key (with `.guardColumns`), subject
    /// (with `.subject`), pending, updated_at, id, expected version.
    public static func updateOrder(setting columns: IndexedColumns) -> String {
        updates[columns.intersection(.all).rawValue]
    }

    /// One statement per combination of groups, written once.
    private static let updates: [String] = (0...IndexedColumns.all.rawValue).map { bits in
        let columns = IndexedColumns(rawValue: bits)
        var set: [String] = []
        if columns.contains(.status) { set.append("status") }
        set += ["step", "wait", "version"]
        if columns.contains(.guardColumns) { set += ["guard_kind", "guard_key"] }
        if columns.contains(.subject) { set.append("subject") }
        set += ["pending", "updated_at"]
        return "UPDATE orders SET " + set.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ? AND version = ?"
    }

    /// A new order's row; arguments: the columns of `OrderRecord.columns`, in order.
    static let insertOrder = "INSERT INTO orders (\(OrderRecord.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    /// Arguments: order, step, position, outputs, completed_at.
    static let upsertStepResult = """
        INSERT INTO step_result (order_id, step, position, outputs, completed_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (order_id, step) DO UPDATE SET position = excluded.position, outputs = excluded.outputs,
            completed_at = excluded.completed_at
        """

    /// Answers, several in one statement; each row: order, step, field, value.
    static let answers = RowBatch(
        head: "INSERT INTO answer (order_id, step, field, value) VALUES",
        tail: "ON CONFLICT (order_id, field) DO UPDATE SET step = excluded.step, value = excluded.value", columns: 4)

    /// Events, several in one statement; each row: order, at, kind, step, detail. Rows of one
    /// statement get consecutive ids in the order given, as separate inserts would.
    static let events = RowBatch(head: "INSERT INTO event (order_id, at, kind, step, detail) VALUES", tail: "", columns: 5)
}
