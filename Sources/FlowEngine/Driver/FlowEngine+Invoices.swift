import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore
import Foundation

extension FlowEngine {
    /// The answer of an optional invoice (`invoice: {mode: optional}`): false declines it.
    static let wantInvoiceField = "want_invoice"

    /// Issues the order's invoice in the commit that records its payment, when the flow's invoice
    /// rule applies, the applicant did not decline it and the amount paid is above zero. Once
    /// only: an order that passes the payment again keeps its invoice.
    func invoiceOnPayment(_ run: inout StepRun, machine: OrderMachine, providers: Providers) async throws(EngineError) {
        let paidNow = run.payments.filter { $0.status == .paid }
        guard !paidNow.isEmpty, let rule = machine.flow.invoice, rule.mode.value != .none else { return }
        if rule.mode.value == .optional, run.state.answers[Self.wantInvoiceField] == .bool(false) { return }
        guard try machine.holds(rule.when, run.state) else { return }
        let id = run.state.id
        let earlier: [PaymentRecord]
        let issued: [InvoiceRecord]
        do {
            earlier = try store.payments(of: id).filter { $0.status == .paid && !paidNow.map(\.id).contains($0.id) }
            issued = try store.invoices(of: id)
        } catch { throw .storage(error) }
        let amount = (earlier + paidNow).reduce(0) { $0 + $1.amountFen }
        guard amount > 0, issued.isEmpty else { return }
        let answers = run.state.answers
        guard let title = answers[rule.titleField.value]?.stringValue, let taxNumber = answers[rule.taxNumberField.value]?.stringValue,
              let email = answers[rule.emailField.value]?.stringValue
        else {
            throw .definition(LocalizedMessage(
                en: "the invoice needs the answers \(rule.titleField.value), \(rule.taxNumberField.value) and \(rule.emailField.value)",
                zh: "开具发票需要字段 \(rule.titleField.value)、\(rule.taxNumberField.value) 和 \(rule.emailField.value) 的答案"))
        }
        let content = InvoiceContent(
            number: InvoiceRecord.number(order: id, sequence: 1), order: id, title: title, taxNumber: taxNumber,
            amountFen: amount, issuedAt: clock.now(), replaces: nil)
        let record = try await Self.invoice(content, email: email, providers)
        run.invoices.append(record)
        run.outbox += try notifier.messages(
            .invoiceIssued, state: run.state, machine: machine,
            facts: ["amount": .same(Money(fen: amount).formatted), "invoice_number": .same(record.number)], now: clock.now(),
            email: email)
        run.event("invoice_issued", ["invoice": record.number, "amount": Money(fen: amount).formatted, "to": Masking.email(email)], at: clock.now())
    }

    /// The record of `content` with the PDF the invoice provider made of it.
    static func invoice(_ content: InvoiceContent, email: String, _ providers: Providers) async throws(EngineError) -> InvoiceRecord {
        let pdf: [UInt8]
        do { pdf = try await providers.invoices.issue(content) } catch { throw .provider(error.message) }
        return InvoiceRecord(
            number: content.number, orderId: content.order, title: content.title, taxNumber: content.taxNumber,
            amountFen: content.amountFen, email: email, provider: providers.invoices.kind.rawValue, issuedAt: content.issuedAt,
            pdf: Data(pdf))
    }
}
