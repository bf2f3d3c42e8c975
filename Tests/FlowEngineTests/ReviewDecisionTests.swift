import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowStore
import Testing

@Suite("FlowEngine: review decisions")
struct ReviewDecisionTests {
    /// A new-certificate order of the sample answers, waiting for review.
    private func waiting(_ test: TestEngine, uscc: String = "91110000600037341L") async throws -> String {
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate(uscc: uscc))
        guard case .waiting("review", "review") = stop else {
            Issue.record("stopped with \(stop)")
            throw EngineError.notAllowed(LocalizedMessage(en: "not waiting", zh: "未等待"))
        }
        return order
    }

    @Test("approval completes the review step and the flow goes on to issue the certificate")
    func approve() async throws {
        let test = try TestEngine()
        let order = try await waiting(test)
        let report = try await test.engine.approve(order, by: "王审核", reason: "材料齐全")
        #expect(report.step == "review" && report.status == .active && report.next == "issued")
        guard case .completed = await test.engine.advance(order, with: AnswersBook(), onStep: { _ in }) else {
            Issue.record("the approved order did not complete")
            return
        }
        let view = try test.engine.show(order)
        #expect(view.record.status == .completed)
        #expect(view.path.suffix(2) == ["review", "issued"])
        #expect(view.decisions.map { "\($0.verdict) \($0.by) \($0.at) \($0.reason ?? "-") \($0.returnTo ?? "-")" }
            == ["approved 王审核 \(TestEngine.now.milliseconds) 材料齐全 -"])
        let event = try #require(view.events.first { $0.kind == "review_approved" })
        #expect(event.step == "review" && event.detail == #"{"by":"王审核","reason":"材料齐全"}"#)
        await #expect(throws: EngineError.self) { _ = try await test.engine.approve(order, by: "王审核") }
    }

    @Test("rejection returns the order to a completed step with the reason; answers, materials and the payment stay")
    func rejectAndResubmit() async throws {
        let test = try TestEngine()
        let order = try await waiting(test)
        let before = try test.engine.show(order)
        let record = try test.engine.reject(order, by: "王审核", reason: "营业执照模糊，请联系 13812345678 重新上传", returnTo: "materials")
        #expect(record.status == .active && record.step == "materials" && record.wait == nil)
        let view = try test.engine.show(order)
        #expect(view.path == ["choose_verification", "enterprise", "agent", "purchase", "confirm"])
        #expect(view.answers.map(\.field) == before.answers.map(\.field))
        #expect(view.materials.count == before.materials.count && !view.materials.isEmpty)
        #expect(view.payments.map(\.status) == [.paid])
        #expect(view.review == nil)
        let decision = try #require(view.decisions.last)
        #expect(decision.verdict == .rejected && decision.by == "王审核" && decision.returnTo == "materials")
        #expect(decision.reason == "营业执照模糊，请联系 138****5678 重新上传")

        // The applicant does it again from there: the order is paid already and is not charged twice.
        let stop = await test.engine.advance(order, with: SampleAnswers.newCertificate()) { _ in }
        guard case .waiting("review", "review") = stop else { Issue.record("stopped with \(stop)"); return }
        let again = try test.engine.show(order)
        #expect(again.payments.map(\.status) == [.paid])
        let pay = try #require(again.events.last { $0.kind == "action" && $0.detail.contains("\"action\":\"pay\"") })
        #expect(pay.detail.contains("\"result\":\"already paid\""), "\(pay.detail)")
        #expect(again.review != nil)
    }

    @Test("a rejection names a step the order completed; decisions need an order waiting for review")
    func refusals() async throws {
        let test = try TestEngine()
        let order = try await waiting(test)
        #expect(throws: EngineError.self) { _ = try test.engine.reject(order, by: "王审核", reason: "x", returnTo: "issued") }
        do {
            _ = try test.engine.reject(order, by: "王审核", reason: "x", returnTo: "materail")
            Issue.record("rejected to a step that does not exist")
        } catch {
            #expect(error.message.en == "order \(order) cannot return to step materail: it is not a step the order completed; choose one of "
                + "choose_verification, enterprise, agent, purchase, confirm, materials, signature, payment")
        }
        _ = try test.engine.cancel(order)
        await #expect(throws: EngineError.self) { _ = try await test.engine.approve(order, by: "王审核") }
        #expect(try test.engine.show(order).decisions.isEmpty)
    }

    @Test("the queue lists orders waiting for review with their deadlines, by channel, and tells which are overdue")
    func queue() async throws {
        let test = try TestEngine()
        let first = try await waiting(test)
        let second = try await waiting(test, uscc: "914403001922038216")
        #expect(Set(try test.engine.reviewQueue().map(\.record.id)) == [first, second])
        #expect(try test.engine.reviewQueue(channel: "icbc_bank").isEmpty)
        _ = try await test.engine.approve(first, by: "王审核")
        let items = try test.engine.reviewQueue(channel: "ca_outlet")
        #expect(items.map(\.record.id) == [second])
        let deadline = try #require(items.first?.deadline)
        #expect(deadline.latest == CivilDate(year: 2026, month: 11, day: 26))
        let later = try #require(FixedClock(iso8601: "2026-11-27T09:00:00+08:00"))
        #expect(deadline.isOverdue(on: later.today()))
        #expect(!deadline.isOverdue(on: TestEngine.now.today()))
    }
}
