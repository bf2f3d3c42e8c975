import FlowStore
import Foundation
import Synchronization
import GRDB
import Testing

@Suite("OrderStore")
struct OrderStoreTests {
    private func store() throws -> OrderStore {
        let store = OrderStore(database: try FlowDatabase(.memory))
        try store.pin(DefinitionRecord(hash: "h1", channel: "c", flow: "f", body: Data("{}".utf8), createdAt: 0))
        return store
    }

    private func order(_ id: String, guardKey: String? = nil, status: OrderStatus = .active) -> OrderRecord {
        OrderRecord(
            id: id, channel: "c", flow: "f", definitionHash: "h1", status: status, step: "s1",
            guardKind: guardKey == nil ? nil : .subject, guardKey: guardKey, createdAt: 1, updatedAt: 1)
    }

    @Test("a commit writes answers, results and events together and bumps the version")
    func commitBumpsVersion() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A")))
        var commit = OrderCommit(order: order("A"))
        commit.order.step = "s2"
        commit.answers = [AnswerRecord(orderId: "A", step: "s1", field: "x", value: #"{"string":"1"}"#)]
        commit.stepResults = [StepResultRecord(orderId: "A", step: "s1", position: 1, outputs: "{}", completedAt: 2)]
        commit.events = [EventRecord(orderId: "A", at: 2, kind: "step_completed", step: "s1", detail: "{}")]
        try store.commit(commit)
        let snapshot = try #require(try store.snapshot("A"))
        #expect(snapshot.order.version == 2)
        #expect(snapshot.order.step == "s2")
        #expect(snapshot.answers.count == 1)
        #expect(snapshot.stepResults.map(\.step) == ["s1"])
        #expect(try store.events(of: "A").map(\.kind) == ["step_completed"])
    }

    @Test("GRDB hears of a commit the store made: its step writes bypass GRDB, the transaction does not")
    func grdbHearsOfTheStoresCommits() throws {
        let store = try store()
        let commits = Commits()
        store.database.writer.writeWithoutTransaction { db in
            db.afterNextTransaction { _ in commits.count.withLock { $0 += 1 } }
        }
        try store.create(OrderCommit(order: order("A")))
        #expect(commits.count.withLock { $0 } == 1)
    }

    @Test("rows beyond one statement's batch go in further statements, in the order given")
    func manyRowsInSeveralStatements() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A")))
        var commit = OrderCommit(order: order("A"))
        commit.events = (0..<130).map { EventRecord(orderId: "A", at: Int64($0), kind: "k\($0)", step: nil, detail: "{}") }
        commit.answers = (0..<65).map { AnswerRecord(orderId: "A", step: "s1", field: "f\($0)", value: "{}") }
        try store.commit(commit)
        #expect(try store.events(of: "A").map(\.kind) == (0..<130).map { "k\($0)" })
        #expect(try store.answers(of: "A").count == 65)
    }

    @Test("a commit made against an old version is refused and changes nothing")
    func staleCommitRefused() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A")))
        try store.commit(OrderCommit(order: order("A")))
        var stale = OrderCommit(order: order("A"))
        stale.answers = [AnswerRecord(orderId: "A", step: "s1", field: "x", value: "{}")]
        #expect(throws: StoreError.staleOrder(order: "A", expected: 1, actual: 2)) { try store.commit(stale) }
        #expect(try store.snapshot("A")?.answers.isEmpty == true)
    }

    @Test("a new order under a number already taken is refused as such and changes nothing")
    func orderIDTaken() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A")))
        var again = OrderCommit(order: order("A"))
        again.order.step = "s9"
        again.events = [EventRecord(orderId: "A", at: 2, kind: "order_started", step: nil, detail: "{}")]
        #expect(throws: StoreError.orderIDTaken("A")) { try store.create(again) }
        #expect(try store.snapshot("A")?.order.step == "s1")
        #expect(try store.events(of: "A").isEmpty)
    }

    @Test("an order whose stored status or guard this version does not know is an error, not an active order")
    func unknownStatusRefused() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A", guardKey: "new/91110000600037341L")))
        try store.database.writer.writeWithoutTransaction { db in
            // As a later version could write: its own status, which this one's CHECK would refuse.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE orders SET status = 'archived' WHERE id = 'A'")
        }
        #expect(throws: RowDecodingError.self) { try store.snapshot("A") }
        try store.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "UPDATE orders SET status = 'active', guard_kind = 'seal' WHERE id = 'A'")
        }
        #expect(throws: RowDecodingError.self) { try store.snapshot("A") }
    }

    @Test("the database holds one open order per guard; a cancelled one frees it")
    func guardIsUnique() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A", guardKey: "new/91110000600037341L")))
        #expect(throws: StoreError.guardTaken(kind: .subject, key: "new/91110000600037341L", existingOrder: "A")) {
            try store.create(OrderCommit(order: order("B", guardKey: "new/91110000600037341L")))
        }
        var cancel = OrderCommit(order: order("A", guardKey: "new/91110000600037341L"))
        cancel.order.status = .cancelled
        try store.commit(cancel)
        try store.create(OrderCommit(order: order("B", guardKey: "new/91110000600037341L")))
        #expect(try store.snapshot("B")?.order.guardKey == "new/91110000600037341L")
    }

    @Test("a commit given the order as read updates the guard and the listings when their columns change")
    func commitWithPreviousUpdatesIndexedColumns() throws {
        let store = try store()
        let opened = order("A", guardKey: "new/91110000600037341L")
        try store.create(OrderCommit(order: opened))
        var step = OrderCommit(order: opened, previous: opened)
        step.order.step = "s2"
        try store.commit(step)
        var read = try #require(try store.snapshot("A")).order
        #expect(read.step == "s2")
        var subject = OrderCommit(order: read, previous: read)
        subject.order.subject = "91110000600037341L"
        try store.commit(subject)
        #expect(try store.orders(OrderFilter(subject: "91110000600037341L")).map(\.id) == ["A"])
        read = try #require(try store.snapshot("A")).order
        var cancel = OrderCommit(order: read, previous: read)
        cancel.order.status = .cancelled
        try store.commit(cancel)
        #expect(try store.orders(OrderFilter(status: .cancelled)).map(\.id) == ["A"])
        try store.create(OrderCommit(order: order("B", guardKey: "new/91110000600037341L")))
    }

    @Test("a commit given the order as read that takes a guard held by another open order is refused; its status and subject stay")
    func guardTakenByAnUpdateIsRefused() throws {
        let store = try store()
        try store.create(OrderCommit(order: order("A", guardKey: "new/91110000600037341L")))
        let plain = order("B")
        try store.create(OrderCommit(order: plain))
        var take = OrderCommit(order: plain, previous: plain)
        take.order.guardKind = .subject
        take.order.guardKey = "new/91110000600037341L"
        #expect(throws: StoreError.guardTaken(kind: .subject, key: "new/91110000600037341L", existingOrder: "A")) {
            try store.commit(take)
        }
        var both = OrderCommit(order: plain, previous: plain)
        both.order.subject = "91110000600037341L"
        both.order.status = .waiting
        try store.commit(both)
        let read = try #require(try store.snapshot("B")).order
        #expect((read.status, read.subject, read.guardKey, read.version) == (.waiting, "91110000600037341L", nil, 2))
    }

    @Test("a guard taken by an update against the order as read is held: a new order on it is refused, a reopened one too")
    func guardTakenByAnUpdateIsHeld() throws {
        let store = try store()
        let plain = order("A")
        try store.create(OrderCommit(order: plain))
        var take = OrderCommit(order: plain, previous: plain)
        take.order.guardKind = .subject
        take.order.guardKey = "new/91110000600037341L"
        try store.commit(take)
        #expect(throws: StoreError.guardTaken(kind: .subject, key: "new/91110000600037341L", existingOrder: "A")) {
            try store.create(OrderCommit(order: order("B", guardKey: "new/91110000600037341L")))
        }
        let held = try #require(try store.snapshot("A")).order
        var cancel = OrderCommit(order: held, previous: held)
        cancel.order.status = .cancelled
        try store.commit(cancel)
        try store.create(OrderCommit(order: order("B", guardKey: "new/91110000600037341L")))
        let cancelled = try #require(try store.snapshot("A")).order
        var reopen = OrderCommit(order: cancelled, previous: cancelled)
        reopen.order.status = .active
        #expect(throws: StoreError.guardTaken(kind: .subject, key: "new/91110000600037341L", existingOrder: "B")) {
            try store.commit(reopen)
        }
    }

    @Test("each update sets the step's columns and exactly the indexed groups asked for")
    func updateStatementsSetTheirGroups() {
        let none = StepSQL.updateOrder(setting: [])
        #expect(none == "UPDATE orders SET step = ?, wait = ?, version = ?, pending = ?, updated_at = ? WHERE id = ? AND version = ?")
        #expect(StepSQL.updateOrder(setting: .all) == """
            UPDATE orders SET status = ?, step = ?, wait = ?, version = ?, guard_kind = ?, guard_key = ?, subject = ?, \
            pending = ?, updated_at = ? WHERE id = ? AND version = ?
            """)
        #expect(StepSQL.updateOrder(setting: .subject).contains("subject = ?"))
        #expect(!StepSQL.updateOrder(setting: .subject).contains("status"))
        #expect(!StepSQL.updateOrder(setting: .status).contains("guard"))
    }

    @Test("a transaction rolled back under its body is reported as failed, not as committed")
    func abortedTransactionFails() throws {
        let store = try store()
        #expect(throws: DatabaseError.self) {
            try store.database.transaction { db in try db.execute(sql: "ROLLBACK") }
        }
        try store.create(OrderCommit(order: order("A")))
        #expect(try store.snapshot("A") != nil)
    }

    @Test("events are append-only: SQLite refuses updates and deletes")
    func eventsAppendOnly() throws {
        let store = try store()
        var commit = OrderCommit(order: order("A"))
        commit.events = [EventRecord(orderId: "A", at: 1, kind: "order_started", step: nil, detail: "{}")]
        try store.create(commit)
        #expect(throws: DatabaseError.self) {
            try store.database.transaction { db in try db.execute(sql: "UPDATE event SET kind = 'x'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.database.transaction { db in try db.execute(sql: "DELETE FROM event") }
        }
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("materials are stored once per content hash")
    func materialsDeduplicated() throws {
        let store = try store()
        var commit = OrderCommit(order: order("A"))
        let blob = MaterialBlobRecord(sha256: "abc", size: 3, type: "png", bytes: Data([1, 2, 3]))
        commit.materialBlobs = [blob, blob]
        commit.orderMaterials = [
            OrderMaterialRecord(orderId: "A", material: "m1", sha256: "abc", storedAt: 1),
            OrderMaterialRecord(orderId: "A", material: "m2", sha256: "abc", storedAt: 1),
        ]
        try store.create(commit)
        let count = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM material_blob") }
        #expect(count == 1)
        #expect(try store.snapshot("A")?.materials.count == 2)
    }

    @Test("a file database uses WAL and the durability asked for")
    func fileDatabasePragmas() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cf-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try FlowDatabase(.file(path), durability: .normal)
        let (mode, synchronous) = try database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        #expect(synchronous == 1)
    }
}

private final class Commits: Sendable {
    let count = Mutex(0)
}
