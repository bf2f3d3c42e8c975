import FlowDiagnostics
import FlowStore

/// `cancel_order`: cancels an unfinished order found by the query, which frees its subject.
struct CancelOrder: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let id = try ListedOrder.id(context)
        var effects = ActionEffects()
        effects.detail = ["order": id]
        do { _ = try context.engine.cancel(id) } catch {
            return .failure(ActionRejection(message: error.message, effects: effects))
        }
        effects.outputs["order.cancelled"] = .bool(true)
        return .success(effects)
    }
}

/// `continue_order`: an unfinished order found by the query, to be resumed where it stopped; the
/// caller drives it on (`detail` names it and its step).
struct ContinueOrder: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let id = try ListedOrder.id(context)
        let order = try context.engine.load(id, fresh: true).record
        var effects = ActionEffects()
        effects.detail = ["order": id, "step": order.step]
        guard order.status.isOpen else {
            return .failure(ActionRejection(message: LocalizedMessage(
                en: "order \(id) is \(order.status.rawValue): only unfinished orders continue",
                zh: "订单 \(id) 状态为 \(order.status.rawValue)，只有未完成订单可以继续办理"), effects: effects))
        }
        effects.outputs["order.resumed"] = .bool(true)
        return .success(effects)
    }
}

/// `change_address`: a new mailing address while the UKEY is not shipped; refused after.
struct ChangeAddress: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let id = try ListedOrder.id(context)
        let address = try context.string("address")
        var effects = ActionEffects()
        effects.detail = ["order": id]
        let before = try context.engine.currentShipment(id)
        guard before.status == .pending else {
            return .failure(ActionRejection(message: Self.shipped(id, before), effects: effects))
        }
        let event = EventRecord(
            orderId: id, at: context.clock.now(), kind: "address_changed", step: nil,
            detail: JSONText.object(["by": context.orderID]))
        let changed: ShipmentRecord?
        do { changed = try context.store.changeAddress(of: id, to: address, events: [event], at: context.clock.now()) } catch {
            throw .storage(error)
        }
        // Another process may have shipped it since it was read.
        let after = changed ?? before
        guard after.status == .pending else {
            return .failure(ActionRejection(message: Self.shipped(id, after), effects: effects))
        }
        effects.outputs["shipment.address_changed"] = .bool(true)
        effects.detail["result"] = "changed"
        return .success(effects)
    }

    private static func shipped(_ id: String, _ shipment: ShipmentRecord) -> LocalizedMessage {
        LocalizedMessage(
            en: "the UKEY of order \(id) is already \(shipment.status.rawValue) (tracking \(shipment.tracking ?? "-")); the mailing address can no longer change",
            zh: "订单 \(id) 的 UKEY 已发货（状态 \(shipment.status.rawValue)，运单号 \(shipment.tracking ?? "-")），不能再修改邮寄地址")
    }
}
