import GRDB

/// Reads and writes orders. Every write is one immediate transaction through the single writer.
///
/// The reads an API request makes use statements prepared once per connection: GRDB's query
/// interface generates and prepares its SQL again on every call, several percent of a request's CPU.
public struct OrderStore: Sendable {
    public let database: FlowDatabase
    /// Called inside each commit's transaction after its writes, before it commits; the crash
    /// tests use it to stop a process in the middle of a step.
    public var commitHook: (@Sendable (OrderCommit) -> Void)?
    /// Called after each commit's transaction has committed, before the caller learns of it; the
    /// crash tests use it to stop a process right at a step boundary.
    public var afterCommit: (@Sendable (OrderCommit) -> Void)?

    public init(
        database: FlowDatabase, commitHook: (@Sendable (OrderCommit) -> Void)? = nil,
        afterCommit: (@Sendable (OrderCommit) -> Void)? = nil
    ) {
        self.database = database
        self.commitHook = commitHook
        self.afterCommit = afterCommit
    }

    /// Stores a compiled definition under its hash, once.
    public func pin(_ definition: DefinitionRecord) throws {
        try database.transaction { db in
            if try DefinitionRecord.exists(db, key: definition.hash) { return }
            try definition.insert(db)
        }
    }

    public func definition(hash: String) throws -> DefinitionRecord? {
        try database.read { db in try DefinitionRecord.fetchOne(db, key: hash) }
    }

    /// Inserts a new order with its first commit.
    public func create(_ commit: OrderCommit) throws {
        try write(commit, creating: true)
    }

    /// Applies a commit to an existing order at `commit.order.version`; the order's version
    /// becomes one higher.
    public func commit(_ commit: OrderCommit) throws {
        try write(commit, creating: false)
    }

    /// `create` for async callers: while the writer is busy the task waits without holding one of
    /// the few cooperative threads, and its commit joins a group (see `FlowDatabase.transaction`).
    public func create(_ commit: OrderCommit) async throws {
        try await write(commit, creating: true)
    }

    /// `commit` for async callers (see the async `create`).
    public func commit(_ commit: OrderCommit) async throws {
        try await write(commit, creating: false)
    }

    private func write(_ commit: OrderCommit, creating: Bool) throws {
        do {
            try database.transaction { db in try record(commit, creating: creating, db) }
        } catch let error as DatabaseError {
            throw try explained(error, commit, creating: creating)
        }
        afterCommit?(commit)
    }

    private func write(_ commit: OrderCommit, creating: Bool) async throws {
        do {
            try await database.transaction { db in try record(commit, creating: creating, db) }
        } catch let error as DatabaseError {
            throw try explained(error, commit, creating: creating)
        }
        afterCommit?(commit)
    }

    /// A commit's failure as the caller should hear it: a guard taken by another open order, an
    /// order number drawn twice, or the database's own error.
    private func explained(_ error: DatabaseError, _ commit: OrderCommit, creating: Bool) throws -> any Error {
        if Self.isGuardConflict(error) { return try guardConflict(commit.order, cause: error) }
        if creating && Self.isOrderIDConflict(error) { return StoreError.orderIDTaken(commit.order.id) }
        return error
    }

    /// The writes of one commit, inside its transaction.
    private func record(_ commit: OrderCommit, creating: Bool, _ db: Database) throws {
        var order = commit.order
        if creating {
            try insertRow(order, db)
        } else {
            let expected = order.version
            order.version = expected + 1
            // The order as this process last read it; the version check makes it the row updated.
            let columns = commit.previous.flatMap { previous in
                previous.id == order.id && previous.version == expected ? order.changedIndexedColumns(from: previous) : nil
            }
            try update(order, setting: columns ?? .all, expected: expected, db)
            if db.changesCount == 0 {
                guard let actual = try Int64.fetchOne(db, sql: "SELECT version FROM orders WHERE id = ?", arguments: [order.id]) else {
                    throw StoreError.orderNotFound(order.id)
                }
                throw StoreError.staleOrder(order: order.id, expected: expected, actual: actual)
            }
        }
        try apply(commit, db)
        commitHook?(commit)
    }

    private static func isGuardConflict(_ error: DatabaseError) -> Bool {
        error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE && (error.message ?? "").contains("orders.guard_key")
    }

    private static func isOrderIDConflict(_ error: DatabaseError) -> Bool {
        error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY && (error.message ?? "").contains("orders.id")
    }

    private func apply(_ commit: OrderCommit, _ db: Database) throws {
        let id = commit.order.id
        if !commit.reopenedSteps.isEmpty {
            let reopen = try db.cachedStatement(sql: "DELETE FROM step_result WHERE order_id = ? AND step = ?")
            for step in commit.reopenedSteps { try reopen.execute(arguments: [id, step]) }
        }
        try insert(commit.answers, db)
        for row in commit.stepResults { try upsert(row, db) }
        try insert(commit.events, db)
        try OutboxQueue.enqueue(commit.outbox, db)
        for code in commit.codes { try code.save(db) }
        for payment in commit.payments { try payment.save(db) }
        for blob in commit.materialBlobs { try blob.saveOnce(db) }
        for material in commit.orderMaterials { try material.save(db) }
        for invoice in commit.invoices { try invoice.insert(db) }
        for shipment in commit.shipments {
            try db.cachedStatement(sql: """
                INSERT INTO shipment (order_id, address, status, updated_at) VALUES (?, ?, 'pending', ?)
                ON CONFLICT (order_id) DO UPDATE SET address = excluded.address, updated_at = excluded.updated_at
                WHERE shipment.status = 'pending'
                """).execute(arguments: [shipment.orderId, shipment.address, shipment.updatedAt])
        }
    }

    private func guardConflict(_ order: OrderRecord, cause: DatabaseError) throws -> StoreError {
        guard let kind = order.guardKind, let key = order.guardKey else { throw cause }
        let existing = try database.read { db in
            try String.fetchOne(
                db,
                sql: "SELECT id FROM orders WHERE guard_kind = ? AND guard_key = ? AND status IN ('active', 'waiting') AND id != ?",
                arguments: [kind.rawValue, key, order.id])
        }
        guard let existing else { throw cause }
        return .guardTaken(kind: kind, key: key, existingOrder: existing)
    }

    /// Appends events to an order's history without changing the order (a refused submit).
    public func append(_ events: [EventRecord], codes: [OneTimeCodeRecord] = []) throws {
        try database.transaction { db in
            for event in events { try event.insert(db) }
            for code in codes { try code.save(db) }
        }
    }

    private static let paymentsOfOrder = "SELECT * FROM payment WHERE order_id = ? ORDER BY created_at"
    private static let answersOfOrder = "SELECT order_id, step, field, value FROM answer WHERE order_id = ?"

    /// Whether an order has this number.
    public func hasOrder(_ id: String) throws -> Bool {
        try database.readStatement { db in
            var select = try DirectStatement(db, sql: "SELECT 1 FROM orders WHERE id = ?")
            select.bind(id)
            return try select.hasRow()
        }
    }

    /// The order with its answers, path, materials and payments, or nil.
    public func snapshot(_ id: String) throws -> OrderSnapshot? {
        try database.read { db in
            let arguments: StatementArguments = [id]
            let orderStatement = try db.cachedStatement(sql: "SELECT \(OrderRecord.columns) FROM orders WHERE id = ?")
            guard let order = try OrderRecord.fetchOne(orderStatement, arguments: arguments) else { return nil }
            return OrderSnapshot(
                order: order,
                answers: try AnswerRecord.fetchAll(db.cachedStatement(sql: Self.answersOfOrder), arguments: arguments),
                stepResults: try StepResultRecord.fetchAll(
                    db.cachedStatement(sql: """
                        SELECT order_id, step, position, outputs, completed_at FROM step_result WHERE order_id = ? ORDER BY position
                        """),
                    arguments: arguments),
                materials: try OrderMaterialRecord.fetchAll(
                    db.cachedStatement(sql: "SELECT * FROM order_material WHERE order_id = ?"), arguments: arguments),
                payments: try PaymentRecord.fetchAll(
                    db.cachedStatement(sql: Self.paymentsOfOrder), arguments: arguments)
            )
        }
    }

    /// Orders matching `filter`, newest first.
    public func orders(_ filter: OrderFilter) throws -> [OrderRecord] {
        try database.read { db in
            var request = OrderRecord.all()
            if let channel = filter.channel { request = request.filter(Column("channel") == channel) }
            if let subject = filter.subject { request = request.filter(Column("subject") == subject) }
            if let status = filter.status { request = request.filter(Column("status") == status.rawValue) }
            if let flow = filter.flow { request = request.filter(Column("flow") == flow) }
            if let wait = filter.wait { request = request.filter(Column("wait") == wait) }
            return try request.order(Column("created_at").desc, Column("id")).limit(filter.limit).fetchAll(db)
        }
    }

    /// An order's answers by field id (JSON text, as stored).
    public func answers(of order: String) throws -> [String: String] {
        try database.read { db in
            let rows = try AnswerRecord.fetchAll(db.cachedStatement(sql: Self.answersOfOrder), arguments: [order])
            return Dictionary(rows.map { ($0.field, $0.value) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// An order's payments, oldest first.
    public func payments(of order: String) throws -> [PaymentRecord] {
        try database.read { db in
            try PaymentRecord.fetchAll(db.cachedStatement(sql: Self.paymentsOfOrder), arguments: [order])
        }
    }

    public func events(of order: String) throws -> [EventRecord] {
        try database.read { db in
            try EventRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM event WHERE order_id = ? ORDER BY id"), arguments: [order])
        }
    }

    public func code(order: String, purpose: String, recipientHash: String) throws -> OneTimeCodeRecord? {
        try database.read { db in
            try OneTimeCodeRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM one_time_code WHERE order_id = ? AND purpose = ? AND recipient_hash = ?"),
                arguments: [order, purpose, recipientHash])
        }
    }

    /// Every code of an order, newest first.
    public func codes(of order: String) throws -> [OneTimeCodeRecord] {
        try database.read { db in
            try OneTimeCodeRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM one_time_code WHERE order_id = ? ORDER BY sent_at DESC"), arguments: [order])
        }
    }

    /// The latest code of an order sent to one recipient, whatever its purpose.
    public func latestCode(order: String, recipientHash: String) throws -> OneTimeCodeRecord? {
        try database.read { db in
            try OneTimeCodeRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM one_time_code WHERE order_id = ? AND recipient_hash = ? ORDER BY sent_at DESC LIMIT 1"),
                arguments: [order, recipientHash])
        }
    }

    /// The database's own consistency check (`PRAGMA integrity_check`): "ok" when sound.
    public func integrityCheck() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
