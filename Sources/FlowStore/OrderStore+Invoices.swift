import GRDB

/// Invoices: issued in the commit that records the payment, re-issued by adding a row.
extension OrderStore {
    /// An order's invoices, oldest first.
    public func invoices(of order: String) throws -> [InvoiceRecord] {
        try database.read { db in
            try InvoiceRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM invoice WHERE order_id = ? ORDER BY issued_at, number"), arguments: [order])
        }
    }

    /// Adds `new` and points `old` at it, with the events and outbox messages, in one transaction.
    /// Two processes re-issuing at once compute the same new number: the second insert fails whole.
    public func reissue(_ old: InvoiceRecord, with new: InvoiceRecord, events: [EventRecord], outbox: [OutboxRecord]) throws {
        try database.transaction { db in
            try new.insert(db)
            try db.execute(sql: "UPDATE invoice SET replaced_by = ? WHERE number = ?", arguments: [new.number, old.number])
            for event in events { try event.insert(db) }
            try OutboxQueue.enqueue(outbox, db)
        }
    }
}
