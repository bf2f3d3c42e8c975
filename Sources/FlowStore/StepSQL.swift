/// The statements that write a completed step, shared by the store and by `bench engine`'s bare
/// loop, so that the loop's ceiling is always the transaction shape the store writes.
public enum StepSQL {
    /// An order's position and version, when its indexed columns (status, guard, subject) stay:
    /// SQLite updates every index whose column an `UPDATE` sets, whether the value changes or not.
    /// Arguments: step, wait, new version, pending, updated_at, id, expected version.
    public static let updatePosition = """
        UPDATE orders SET step = ?, wait = ?, version = ?, pending = ?, updated_at = ? WHERE id = ? AND version = ?
        """

    /// The whole changeable row. Arguments: status, step, wait, new version, guard kind, guard
    /// key, subject, pending, updated_at, id, expected version.
    public static let updateOrder = """
        UPDATE orders SET status = ?, step = ?, wait = ?, version = ?, guard_kind = ?, guard_key = ?,
            subject = ?, pending = ?, updated_at = ? WHERE id = ? AND version = ?
        """

    /// Arguments: order, step, position, outputs, completed_at.
    public static let upsertStepResult = """
        INSERT INTO step_result (order_id, step, position, outputs, completed_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (order_id, step) DO UPDATE SET position = excluded.position, outputs = excluded.outputs,
            completed_at = excluded.completed_at
        """

    /// `rows` answers in one statement; each row: order, step, field, value.
    public static func upsertAnswers(rows: Int) -> String {
        answers.sql(rows: rows)
    }

    /// `rows` events in one statement; each row: order, at, kind, step, detail.
    public static func insertEvents(rows: Int) -> String {
        events.sql(rows: rows)
    }

    static let answers = RowBatch(
        head: "INSERT INTO answer (order_id, step, field, value) VALUES",
        tail: "ON CONFLICT (order_id, field) DO UPDATE SET step = excluded.step, value = excluded.value", columns: 4)

    /// Rows of one statement get consecutive ids in the order given, as separate inserts would.
    static let events = RowBatch(head: "INSERT INTO event (order_id, at, kind, step, detail) VALUES", tail: "", columns: 5)
}
