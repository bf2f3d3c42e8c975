import FlowDiagnostics
import FlowEngine
import FlowStore
import Testing

@Suite("FlowEngine: waits, codes and confirmations")
struct FlowEngineWaitTests {
    @Test("a pending payment makes the order wait; the confirmation moves it on to review")
    func paymentWaitAndConfirm() async throws {
        let test = try TestEngine { $0.payment = PendingPaymentGateway() }
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case let .waiting(step, wait) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(step == "payment" && wait == "payment")
        #expect(try test.engine.show(order).payments.map(\.status) == [.pending])
        await #expect(throws: EngineError.self) { _ = try await test.engine.submit(order, answers: [:]) }

        let report = try await test.engine.confirm(order, accepted: true)
        #expect(report.step == "payment")
        let after = await test.engine.advance(order, with: AnswersBook()) { _ in }
        guard case let .waiting(reviewStep, _) = after else { Issue.record("stopped with \(after)"); return }
        #expect(reviewStep == "review")
        #expect(try test.engine.show(order).payments.map(\.status) == [.paid])
        await #expect(throws: EngineError.self) { _ = try await test.engine.confirm(order, accepted: true) }
    }

    @Test("a refused payment returns the order to its step")
    func paymentRefused() async throws {
        let test = try TestEngine { $0.payment = PendingPaymentGateway() }
        let (order, _) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        _ = try await test.engine.confirm(order, accepted: false)
        let view = try test.engine.show(order)
        #expect(view.record.status == .active && view.record.step == "payment")
        #expect(view.payments.map(\.status) == [.failed])
        // Paying again is a new payment; the refused one stays on record.
        _ = try await test.engine.submit(order, answers: ["payment_method": .text("alipay")])
        let retried = try test.engine.show(order).payments
        #expect(retried.map(\.status) == [.failed, .pending])
        #expect(Set(retried.map(\.id)).count == 2)
    }

    @Test("a wrong SMS code counts down; the fifth locks the code even for the right one")
    func wrongCodes() async throws {
        let test = try TestEngine()
        var book = SampleAnswers.newCertificate()
        book.answers["signature"]?["signature_code"] = .text("000000")
        let (order, _) = try await test.run("ca_outlet", "new_certificate", book)
        var messages: [String] = []
        for _ in 0..<5 {
            do {
                _ = try await test.engine.submit(order, answers: book.answers["signature"] ?? [:])
            } catch {
                messages.append(error.message.en)
            }
        }
        // The run itself made the first wrong try.
        #expect(messages.first == "wrong code; 3 tries left")
        #expect(messages.last == "too many wrong codes; request a new one")
        let right = ["signature_code": RawAnswer.sandboxCode("sms"), "accept_signature_agreement": .text("true")]
        await #expect(throws: EngineError.self) { _ = try await test.engine.submit(order, answers: right) }
        #expect(try test.engine.show(order).record.step == "signature")
    }

    @Test("a sandbox code asked of a real SMS provider is refused, never guessed")
    func sandboxCodeNeedsSandbox() async throws {
        let test = try TestEngine { $0.sms = UnreadableSMSGateway() }
        let (_, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case let .failed(.notAllowed(message)) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(message.en.contains("sms provider is http"))
    }

    @Test("review is decided by a reviewer, not by a confirmation")
    func reviewIsNotConfirmed() async throws {
        let test = try TestEngine()
        let (order, _) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        await #expect(throws: EngineError.self) { _ = try await test.engine.confirm(order, accepted: true) }
    }
}
