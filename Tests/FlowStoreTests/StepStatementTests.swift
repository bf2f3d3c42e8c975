@testable import FlowStore
import GRDB
import Testing

@Suite("The writer's prepared step statements")
struct StepStatementTests {
    static let kinds: [StepStatement] = [.insertOrder, .upsertStepResult]
        + (0...StepSQL.IndexedColumns.all.rawValue).map { .updateOrder(setting: StepSQL.IndexedColumns(rawValue: $0)) }
        + (1...RowBatch.rowsPerStatement).flatMap { [StepStatement.answers(rows: $0), .events(rows: $0)] }

    @Test("every statement has a place of its own in the table, and each place one text")
    func placesAreDistinct() {
        let places = Self.kinds.map(\.index)
        #expect(Set(places).count == Self.kinds.count)
        #expect(Self.kinds.count == StepStatement.count)
        #expect(places.allSatisfy { (0..<StepStatement.count).contains($0) })
        #expect(Set(Self.kinds.map(\.sql)).count == Self.kinds.count)
    }

    @Test("a statement is prepared once and found again; every text prepares on the schema")
    func preparedOnce() throws {
        let database = try FlowDatabase(.memory)
        let table = PreparedStatements()
        try database.transaction { db in
            for kind in Self.kinds {
                let first = try table.statement(kind, db)
                #expect(try table.statement(kind, db) === first)
                #expect(first.sql == kind.sql)
            }
        }
    }
}
