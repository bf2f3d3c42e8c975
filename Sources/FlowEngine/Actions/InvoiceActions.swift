import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore
import Foundation

/// `download_invoice`: the current invoice of an order found by the query, saved as a PDF file.
struct DownloadInvoice: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let id = try ListedOrder.id(context)
        var effects = ActionEffects()
        effects.detail = ["order": id]
        guard let invoice = try CurrentInvoice.of(id, context) else {
            return .failure(ActionRejection(message: CurrentInvoice.none(id), effects: effects))
        }
        let path: String
        do { path = try context.providers.invoices.save(Array(invoice.pdf), number: invoice.number) } catch {
            throw .provider(error.message)
        }
        effects.outputs["invoice.file"] = .string(path)
        effects.detail["invoice"] = invoice.number
        effects.detail["file"] = path
        return .success(effects)
    }
}

/// `reissue_invoice`: a new invoice with a new number for the same order and amount; the old one
/// stays on record, pointing at its successor.
struct ReissueInvoice: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let id = try ListedOrder.id(context)
        var effects = ActionEffects()
        effects.detail = ["order": id]
        let all: [InvoiceRecord]
        do { all = try context.store.invoices(of: id) } catch { throw .storage(error) }
        guard let current = all.last(where: { $0.replacedBy == nil }) else {
            return .failure(ActionRejection(message: CurrentInvoice.none(id), effects: effects))
        }
        let content = InvoiceContent(
            number: InvoiceRecord.number(order: id, sequence: all.count + 1), order: id, title: current.title,
            taxNumber: current.taxNumber, amountFen: current.amountFen, issuedAt: context.clock.now(), replaces: current.number)
        let new = try await FlowEngine.invoice(content, email: current.email, context.providers)
        let event = EventRecord(
            orderId: id, at: content.issuedAt, kind: "invoice_reissued", step: nil,
            detail: JSONText.object(["invoice": new.number, "replaces": current.number, "by": context.orderID]))
        // The message is about the invoiced order, not the order-management session that asked.
        let invoiced = try context.engine.load(id, fresh: true)
        let messages = try context.notifier.messages(
            .invoiceReissued, state: invoiced.state, machine: invoiced.machine,
            facts: [
                "amount": .same(Money(fen: new.amountFen).formatted), "invoice_number": .same(new.number),
                "replaced_invoice_number": .same(current.number),
            ],
            now: content.issuedAt, email: new.email, occurrence: new.number)
        do { try context.store.reissue(current, with: new, events: [event], outbox: messages) } catch { throw .storage(error) }
        effects.outputs["invoice.reissued"] = .bool(true)
        effects.detail["invoice"] = new.number
        effects.detail["replaces"] = current.number
        return .success(effects)
    }
}

enum CurrentInvoice {
    static func of(_ order: String, _ context: ActionContext) throws(EngineError) -> InvoiceRecord? {
        do { return try context.store.invoices(of: order).last { $0.replacedBy == nil } } catch { throw .storage(error) }
    }

    static func none(_ order: String) -> LocalizedMessage {
        LocalizedMessage(
            en: "order \(order) has no invoice (none was asked for, nothing was paid, or it is not paid yet)",
            zh: "订单 \(order) 没有发票（未申请发票、金额为零或尚未支付）")
    }
}
