import GRDB

/// The rows a commit writes, bound value by value (`DirectStatement`): the statements every step
/// runs.
extension OrderStore {
    func insertRow(_ order: OrderRecord, _ db: Database) throws {
        var insert = try database.statement(.insertOrder, db)
        insert.bind(order.id)
        insert.bind(order.channel)
        insert.bind(order.flow)
        insert.bind(order.definitionHash)
        insert.bind(order.status.rawValue)
        insert.bind(order.step)
        insert.bind(order.wait)
        insert.bind(order.version)
        insert.bind(order.guardKind?.rawValue)
        insert.bind(order.guardKey)
        insert.bind(order.subject)
        insert.bind(order.pending)
        insert.bind(order.createdAt)
        insert.bind(order.updatedAt)
        try insert.run()
    }

    /// The order's new position and version, and the indexed columns of `columns`; the others are
    /// left as they are.
    func update(_ order: OrderRecord, setting columns: StepSQL.IndexedColumns, expected: Int64, _ db: Database) throws {
        var update = try database.statement(.updateOrder(setting: columns), db)
        if columns.contains(.status) { update.bind(order.status.rawValue) }
        update.bind(order.step)
        update.bind(order.wait)
        update.bind(order.version)
        if columns.contains(.guardColumns) {
            update.bind(order.guardKind?.rawValue)
            update.bind(order.guardKey)
        }
        if columns.contains(.subject) { update.bind(order.subject) }
        update.bind(order.pending)
        update.bind(order.updatedAt)
        update.bind(order.id)
        update.bind(expected)
        try update.run()
    }

    func insert(_ answers: [AnswerRecord], _ db: Database) throws {
        try RowBatch.insert(answers, statement: { try database.statement(.answers(rows: $0), db) }) { row, statement in
            statement.bind(row.orderId)
            statement.bind(row.step)
            statement.bind(row.field)
            statement.bind(row.value)
        }
    }

    func upsert(_ result: StepResultRecord, _ db: Database) throws {
        var upsert = try database.statement(.upsertStepResult, db)
        upsert.bind(result.orderId)
        upsert.bind(result.step)
        upsert.bind(result.position)
        upsert.bind(result.outputs)
        upsert.bind(result.completedAt)
        try upsert.run()
    }

    func insert(_ events: [EventRecord], _ db: Database) throws {
        try RowBatch.insert(events, statement: { try database.statement(.events(rows: $0), db) }) { row, statement in
            statement.bind(row.orderId)
            statement.bind(row.at)
            statement.bind(row.kind)
            statement.bind(row.step)
            statement.bind(row.detail)
        }
    }
}
