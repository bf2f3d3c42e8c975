@testable import FlowStore
import Foundation
import GRDB
import Testing

@Suite("The writer's prepared step statements")
struct StepStatementTests {
    static let kinds: [StepStatement] = [.insertOrder, .upsertStepResult]
        + (0...StepSQL.IndexedColumns.all.rawValue).map { .updateOrder(setting: StepSQL.IndexedColumns(rawValue: $0)) }
        + (1...RowBatch.rowsPerStatement).flatMap { [StepStatement.answers(rows: $0), .events(rows: $0)] }

    @Test("every statement has a place of its own in the table, and each place one text")
    func placesAreDistinct() {
        let places = Self.kinds.compactMap(\.index)
        #expect(places.count == Self.kinds.count)
        #expect(Set(places).count == Self.kinds.count)
        #expect(Self.kinds.count == StepStatement.count)
        #expect(places.allSatisfy { (0..<StepStatement.count).contains($0) })
        #expect(Set(Self.kinds.map(\.sql)).count == Self.kinds.count)
    }

    @Test("a statement is prepared once and found again; every text prepares on the schema")
    func preparedOnce() throws {
        let database = try FlowDatabase(.memory)
        let table = PreparedStatements(writer: database.writer.writeWithoutTransaction { db in db.sqliteConnection })
        try database.transaction { db in
            for kind in Self.kinds {
                let first = try table.statement(kind, db)
                #expect(try table.statement(kind, db) === first)
                #expect(first.sql == kind.sql)
            }
        }
    }

    @Test("a statement asked of another connection, or for a row count none is made for, is refused, not run")
    func misuseIsRefused() throws {
        let database = try FlowDatabase(.memory)
        let other = try FlowDatabase(.memory)
        _ = try other.transaction { db in
            #expect(throws: DatabaseError.self) { try database.statement(.insertOrder, db) }
        }
        try database.transaction { db in
            for rows in [0, RowBatch.rowsPerStatement + 1] {
                #expect(throws: DatabaseError.self) { try database.statement(.answers(rows: rows), db) }
                #expect(throws: DatabaseError.self) { try database.statement(.events(rows: rows), db) }
            }
        }
    }

    /// On a file, commits that queue behind a busy writer run on the writer's own queue
    /// (`CommitGroup`), and those that find it idle on their caller's thread: both use the table.
    @Test("many orders committing at once on a file: every step's rows are written, none twice")
    func concurrentCommitsOnAFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("step-statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = OrderStore(database: try FlowDatabase(.file(folder.appendingPathComponent("orders.sqlite").path), durability: .normal))
        try store.pin(DefinitionRecord(hash: "h1", channel: "c", flow: "f", body: Data("{}".utf8), createdAt: 0))
        let orders = 32, steps = 3
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 0..<orders {
                group.addTask {
                    let id = "O\(number)"
                    var order = OrderRecord(id: id, channel: "c", flow: "f", definitionHash: "h1", status: .active, step: "s0", createdAt: 1, updatedAt: 1)
                    try await store.create(OrderCommit(order: order))
                    for step in 0..<steps {
                        var commit = OrderCommit(order: order, previous: order)
                        commit.order.step = "s\(step + 1)"
                        commit.answers = [AnswerRecord(orderId: id, step: "s\(step)", field: "f\(step)", value: #"{"int":\#(step)}"#)]
                        commit.events = (0..<3).map { EventRecord(orderId: id, at: Int64(step), kind: "k\($0)", step: "s\(step)", detail: "{}") }
                        try await store.commit(commit)
                        order = commit.order
                        order.version += 1
                    }
                }
            }
            try await group.waitForAll()
        }
        for number in 0..<orders {
            #expect(try store.answers(of: "O\(number)").count == steps)
            #expect(try store.events(of: "O\(number)").count == steps * 3)
        }
        #expect(try store.integrityCheck() == ["ok"])
    }
}
