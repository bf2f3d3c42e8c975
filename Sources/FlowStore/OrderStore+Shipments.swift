import GRDB

/// Shipments: created pending with the order's mailing address (in the step's commit), moved on
/// by the logistics provider, re-addressed only while pending. Each change is one transaction
/// that also writes `events` (and `outbox` messages) to the order's history.
extension OrderStore {
    public func shipment(of order: String) throws -> ShipmentRecord? {
        try database.read { db in try ShipmentRecord.fetchOne(db, key: order) }
    }

    /// Sets the address while the shipment is pending; returns the shipment as it stands
    /// afterwards (unchanged when it already left, nil when the order mails nothing).
    public func changeAddress(
        of order: String, to address: String, events: [EventRecord], at now: Int64
    ) throws -> ShipmentRecord? {
        try database.transaction { db in
            guard var shipment = try ShipmentRecord.fetchOne(db, key: order) else { return nil }
            guard shipment.status == .pending else { return shipment }
            shipment.address = address
            shipment.updatedAt = now
            try shipment.update(db)
            for event in events { try event.insert(db) }
            return shipment
        }
    }

    /// Moves a shipment from `from` to `to` when it is still at `from` (another process may have
    /// moved it); nil when it is not.
    public func advanceShipment(
        of order: String, from: ShipmentRecord.Status, to: ShipmentRecord.Status, tracking: String?,
        events: [EventRecord], outbox: [OutboxRecord], at now: Int64
    ) throws -> ShipmentRecord? {
        try database.transaction { db in
            guard var shipment = try ShipmentRecord.fetchOne(db, key: order), shipment.status == from else { return nil }
            shipment.status = to
            if let tracking { shipment.tracking = tracking }
            shipment.updatedAt = now
            try shipment.update(db)
            for event in events { try event.insert(db) }
            try OutboxQueue.enqueue(outbox, db)
            return shipment
        }
    }
}
