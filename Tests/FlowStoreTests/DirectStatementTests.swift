import FlowStore
import GRDB
import Testing

@Suite("DirectStatement")
struct DirectStatementTests {
    private func database() throws -> DatabaseQueue {
        // The process-wide settings go first: they must not run while SQLite is in use.
        _ = SQLiteSettings.memoryStatisticsOff
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE item (id TEXT PRIMARY KEY, count INTEGER, note TEXT)")
        }
        return queue
    }

    private func items(in queue: DatabaseQueue) throws -> Int? {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM item") }
    }

    private func insert(_ id: String, _ count: Int64?, _ note: String?, _ db: Database) throws {
        var statement = try DirectStatement(db, sql: "INSERT INTO item (id, count, note) VALUES (?, ?, ?)")
        statement.bind(id)
        statement.bind(count)
        statement.bind(note)
        try statement.run()
    }

    @Test("text, integers and nulls are stored as GRDB reads them back")
    func valuesRoundTrip() throws {
        let queue = try database()
        try queue.write { db in
            try insert("a", 42, "北京 \"quoted\"", db)
            try insert("b", nil, nil, db)
        }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, count, note FROM item ORDER BY id") }
        #expect(rows[0] == ["id": "a", "count": 42, "note": "北京 \"quoted\""])
        #expect(rows[1] == ["id": "b", "count": nil, "note": nil])
    }

    @Test("a zero byte ends the text, as GRDB binds it, so GRDB's lookups find what was stored")
    func zeroBytesEndTheText() throws {
        let queue = try database()
        try queue.write { db in try insert("a", 1, "before\u{0}after", db) }
        let note = try queue.read { db in try String.fetchOne(db, sql: "SELECT note FROM item WHERE note = ?", arguments: ["before\u{0}after"]) }
        #expect(note == "before")
    }

    @Test("a failure carries SQLite's extended code and message, and the statement runs again afterwards")
    func failuresAreReportedAndTheStatementStaysUsable() throws {
        let queue = try database()
        try queue.write { db in
            try insert("a", 1, nil, db)
            let error = try #require(throws: DatabaseError.self) { try insert("a", 2, nil, db) }
            #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY)
            #expect(error.message?.contains("item.id") == true)
            #expect(error.sql == "INSERT INTO item (id, count, note) VALUES (?, ?, ?)")
            try insert("b", 2, nil, db)
        }
        #expect(try items(in: queue) == 2)
    }

    @Test("a value bound past the statement's parameters is refused and nothing is written")
    func tooManyValuesAreRefused() throws {
        let queue = try database()
        try queue.write { db in
            var statement = try DirectStatement(db, sql: "INSERT INTO item (id) VALUES (?)")
            statement.bind("a")
            statement.bind("extra")
            let error = try #require(throws: DatabaseError.self) { try statement.run() }
            #expect(error.resultCode == .SQLITE_RANGE)
        }
        #expect(try items(in: queue) == 0)
    }

    @Test("a value left out is refused, not run as NULL")
    func tooFewValuesAreRefused() throws {
        let queue = try database()
        try queue.write { db in
            var statement = try DirectStatement(db, sql: "INSERT INTO item (id, count) VALUES (?, ?)")
            statement.bind("a")
            let error = try #require(throws: DatabaseError.self) { try statement.run() }
            #expect(error.resultCode == .SQLITE_MISUSE)
            #expect(error.message == "1 values bound, the statement takes 2")
        }
        #expect(try items(in: queue) == 0)
    }

    @Test("a query tells whether it has a row")
    func hasRow() throws {
        let queue = try database()
        try queue.write { db in try insert("a", 1, nil, db) }
        try queue.read { db in
            for (id, expected) in [("a", true), ("b", false), ("a", true)] {
                var select = try DirectStatement(db, sql: "SELECT 1 FROM item WHERE id = ?")
                select.bind(id)
                #expect(try select.hasRow() == expected)
            }
        }
    }

    @Test("a statement left by a direct run is reset, and GRDB binds its own values to it")
    func grdbReusesTheStatement() throws {
        let queue = try database()
        let sql = "INSERT INTO item (id, count, note) VALUES (?, ?, ?)"
        try queue.write { db in
            try insert("a", 1, "x", db)
            try db.cachedStatement(sql: sql).execute(arguments: ["b", 2, "y"])
            try insert("c", 3, "z", db)
        }
        let ids = try queue.read { db in try String.fetchAll(db, sql: "SELECT id || count || note FROM item ORDER BY id") }
        #expect(ids == ["a1x", "b2y", "c3z"])
    }
}
