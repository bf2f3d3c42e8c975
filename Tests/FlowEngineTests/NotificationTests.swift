import FlowDomain
import FlowEngine
import FlowStore
import Testing

/// The events of an order queue their messages in the outbox in the event's own commit, rendered
/// from the shipped templates, recipients masked everywhere but the delivery column.
@Suite("FlowEngine: notifications")
struct NotificationTests {
    private func outbox(_ test: TestEngine) throws -> [OutboxRecord] {
        try OutboxQueue(database: test.store.database).list()
    }

    /// `event/kind` of each queued message, in order.
    private func queued(_ test: TestEngine) throws -> [String] {
        try outbox(test).map { "\($0.event ?? "-")/\($0.channelKind ?? "-")" }
    }

    @Test("payment, submission, rejection and approval each queue an SMS and an e-mail; a repeated submission is announced once")
    func reviewEvents() async throws {
        let test = try TestEngine(templates: ShippedCatalog.templates)
        let (order, _) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        #expect(try queued(test) == [
            "payment_received/sms", "payment_received/email", "invoice_issued/sms", "invoice_issued/email", "submitted/sms", "submitted/email",
        ])
        let submitted = try #require(try outbox(test).first { $0.event == "submitted" && $0.channelKind == "sms" })
        #expect(submitted.recipient == "13912345678")
        #expect(submitted.body?.contains("预计 2026-11-26 前完成") == true, "\(submitted.body ?? "")")
        #expect(submitted.payload.contains(#""to":"139****5678""#))
        #expect(submitted.status == .pending && submitted.attempts == 0)

        _ = try test.engine.reject(order, by: "王审核", reason: "营业执照模糊，请联系 13812345678 重新上传", returnTo: "materials")
        let rejected = try #require(try outbox(test).first { $0.event == "rejected" && $0.channelKind == "email" })
        #expect(rejected.subject == "【ChannelFlow】订单 \(order) 审核未通过 / Order \(order) not approved")
        #expect(rejected.body?.contains("原因：营业执照模糊，请联系 138****5678 重新上传") == true)
        #expect(rejected.body?.contains("13812345678") == false)

        _ = await test.engine.advance(order, with: SampleAnswers.newCertificate()) { _ in }
        _ = try await test.engine.approve(order, by: "王审核")
        _ = await test.engine.advance(order, with: SampleAnswers.newCertificate()) { _ in }
        #expect(try queued(test) == [
            "payment_received/sms", "payment_received/email", "invoice_issued/sms", "invoice_issued/email", "submitted/sms",
            "submitted/email", "rejected/sms", "rejected/email", "approved/sms", "approved/email", "certificate_issued/sms", "certificate_issued/email",
            "certificate_password_sent/sms", "certificate_password_sent/email",
        ])
        let keys = try outbox(test).compactMap(\.idempotencyKey)
        #expect(Set(keys).count == 14)
        #expect(keys.allSatisfy { $0.hasPrefix(order + ":") && !$0.contains("139") })
    }

    @Test("the invoice's e-mail goes to the address chosen for the invoice, the other messages to the agent's")
    func invoiceToTheChosenAddress() async throws {
        let test = try TestEngine(templates: ShippedCatalog.templates)
        var answers = SampleAnswers.newCertificate()
        answers.answers["purchase"]?["invoice_email"] = .text("finance@example.com")
        _ = try await test.run("ca_outlet", "new_certificate", answers)
        let emails = try outbox(test).filter { $0.channelKind == "email" }.map { "\($0.event ?? "-") \($0.recipient ?? "-")" }
        #expect(emails == [
            "payment_received lisi@example.com", "invoice_issued finance@example.com", "submitted lisi@example.com",
        ])
    }

    @Test("an engine set up without templates queues no notifications")
    func noTemplates() async throws {
        let test = try TestEngine()
        _ = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        #expect(try outbox(test).isEmpty)
    }
}
