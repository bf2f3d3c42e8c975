import FlowStore
import Foundation
import GRDB
import Testing

/// The durability a database is opened with is the one its commits get: GRDB switches a new pool
/// to WAL and sets `synchronous = NORMAL` after the connection was prepared, which must not undo
/// `Durability.full`.
@Suite("FlowDatabase durability")
struct DurabilityTests {
    @Test("a file database commits with the synchronous mode its durability names", arguments: Durability.allCases)
    func synchronousModeHolds(durability: Durability) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowstore-durability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("orders.sqlite").path
        // SQLite's numbers: NORMAL is 1, FULL is 2.
        let expected = durability == .full ? 2 : 1
        for _ in 0..<2 {  // a new file, then the same file opened again
            let database = try FlowDatabase(.file(path), durability: durability)
            #expect(try database.transaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == expected)
        }
    }
}
