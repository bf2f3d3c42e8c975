import FlowDiagnostics
import FlowModel
import FlowDomain
import FlowStore

/// `pay`: a payment record and the gateway's answer; a zero amount needs no payment at all. An
/// order that already paid (a review sent it back to an earlier step and it passes the payment
/// again) is charged only what is still owed.
struct PayAction: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let amount = try context.money("amount")
        let method = try context.string("method")
        let now = context.clock.now()
        let gateway = context.providers.payment
        // One id per attempt (the order's version), so a payment tried again after a refusal is a
        // new payment for the gateway and the refused one stays on record.
        let id = "PAY-" + context.orderID + "-" + String(context.state.version)
        var effects = ActionEffects()
        effects.outputs["payment.id"] = .string(id)
        effects.detail = ["amount": amount.formatted, "method": method, "provider": gateway.kind.rawValue, "payment": id]
        guard amount.fen > 0 else {
            effects.outputs["payment.paid"] = .bool(true)
            effects.detail["result"] = "nothing to pay"
            return .success(effects)
        }
        let paid: Int64
        do { paid = try context.store.payments(of: context.orderID).filter { $0.status == .paid }.reduce(0) { $0 + $1.amountFen } } catch {
            throw .storage(error)
        }
        guard paid < amount.fen else {
            effects.outputs["payment.paid"] = .bool(true)
            effects.detail["result"] = "already paid"
            effects.detail["paid"] = Money(fen: paid).formatted
            return .success(effects)
        }
        let owed = Money(fen: amount.fen - paid)
        if paid > 0 { effects.detail["owed"] = owed.formatted }
        let request = PaymentRequest(
            paymentID: id, orderID: context.orderID, amount: owed, method: method,
            description: "\(context.machine.flow.title.value.zh) \(context.orderID)")
        let creation: PaymentCreation
        do { creation = try await gateway.create(request) } catch { throw .provider(error.message) }
        var record = PaymentRecord(
            id: id, orderId: context.orderID, method: method, amountFen: owed.fen, provider: gateway.kind.rawValue,
            status: .pending, createdAt: now)
        switch creation {
        case .paid:
            record.status = .paid
            record.confirmedAt = now
            effects.outputs["payment.paid"] = .bool(true)
            effects.detail["result"] = "paid"
            effects.outbox += try context.notify(.paymentReceived, ["amount": .same(owed.formatted)])
        case let .pending(qrCode):
            effects.outputs["payment.paid"] = .bool(false)
            effects.detail["qr_code"] = qrCode
            effects.wait = .payment
            effects.detail["result"] = "pending"
        }
        effects.payments.append(record)
        return .success(effects)
    }
}
