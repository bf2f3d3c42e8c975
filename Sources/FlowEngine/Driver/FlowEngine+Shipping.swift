import FlowDiagnostics
import FlowModel
public import FlowStore

extension FlowEngine {
    /// The answer that makes an order mail a UKEY (its pending shipment follows the answer).
    static let mailingAddressField = "mailing_address"

    /// Hands a pending shipment to the carrier; the order's history and a `shipped` notification
    /// are written with it.
    public func ship(_ id: String) async throws(EngineError) -> ShipmentRecord {
        let shipment = try currentShipment(id)
        guard shipment.status == .pending else { throw stage(id, shipment.status, .shipped) }
        let loaded = try load(id, fresh: true)
        let logistics = try providers(loaded.record.channel).logistics
        let tracking: String
        do { tracking = try await logistics.dispatch(order: id, address: shipment.address) } catch {
            throw .provider(error.message)
        }
        let messages = try notifier.messages(
            .shipped, state: loaded.state, machine: loaded.machine,
            facts: ["carrier": .same(logistics.kind == .sandbox ? "sandbox carrier" : logistics.kind.rawValue), "tracking_number": .same(tracking)],
            now: clock.now())
        return try advance(id, from: .pending, to: .shipped, tracking: tracking, messages: messages)
    }

    /// Records the carrier's delivery of a shipped UKEY.
    public func deliver(_ id: String) throws(EngineError) -> ShipmentRecord {
        let shipment = try currentShipment(id)
        guard shipment.status == .shipped else { throw stage(id, shipment.status, .delivered) }
        return try advance(id, from: .shipped, to: .delivered, tracking: nil, messages: [])
    }

    private func advance(
        _ id: String, from: ShipmentRecord.Status, to: ShipmentRecord.Status, tracking: String?,
        messages: [OutboxRecord]
    ) throws(EngineError) -> ShipmentRecord {
        let now = clock.now()
        var detail = ["status": to.rawValue]
        if let tracking { detail["tracking"] = tracking }
        let event = EventRecord(orderId: id, at: now, kind: "shipment_" + to.rawValue, step: nil, detail: JSONText.object(detail))
        let moved: ShipmentRecord?
        do {
            moved = try store.advanceShipment(of: id, from: from, to: to, tracking: tracking, events: [event], outbox: messages, at: now)
        } catch { throw .storage(error) }
        guard let moved else { throw stage(id, try currentShipment(id).status, to) }
        return moved
    }

    func currentShipment(_ id: String) throws(EngineError) -> ShipmentRecord {
        let shipment: ShipmentRecord?
        do { shipment = try store.shipment(of: id) } catch { throw .storage(error) }
        guard let shipment else {
            throw .notAllowed(LocalizedMessage(en: "order \(id) has nothing to mail", zh: "订单 \(id) 没有需要邮寄的物品"))
        }
        return shipment
    }

    private func stage(_ id: String, _ status: ShipmentRecord.Status, _ wanted: ShipmentRecord.Status) -> EngineError {
        .notAllowed(LocalizedMessage(
            en: "the shipment of order \(id) is \(status.rawValue); it cannot become \(wanted.rawValue)",
            zh: "订单 \(id) 的快递状态为 \(status.rawValue)，不能变为 \(wanted.rawValue)"))
    }
}
