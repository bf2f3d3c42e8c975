import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowModel
import FlowStore
import Foundation
import Testing

@Suite("FlowEngine: running orders")
struct FlowEngineRunTests {
    @Test("the sample new-certificate order runs to the review wait, priced from the channel's list")
    func sampleRunsToReview() async throws {
        let test = try TestEngine()
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case let .waiting(step, wait) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(step == "review")
        #expect(wait == "review")
        let view = try test.engine.show(order)
        #expect(view.path == ["choose_verification", "enterprise", "agent", "purchase", "confirm", "materials", "signature", "payment"])
        #expect(view.payments.map(\.amountFen) == [75_000])
        #expect(view.payments.map(\.status) == [.paid])
        #expect(view.materials.count == 3)
        #expect(view.record.subject == "91110000600037341L")
    }

    @Test("a step with several wrong answers reports every one of them, in both languages, and saves nothing of it")
    func everyWrongFieldAtOnce() async throws {
        let test = try TestEngine()
        var book = SampleAnswers.newCertificate()
        book.answers["enterprise"]?["uscc"] = .text("91110000600037341X")
        book.answers["enterprise"]?["legal_rep_id"] = .text("110101199003070012")
        book.answers["enterprise"]?["legal_rep_mobile"] = .text("1381234567")
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", book)
        guard case let .failed(.invalidAnswers(step, errors)) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(step == "enterprise")
        #expect(errors.map(\.field).sorted() == ["legal_rep_id", "legal_rep_mobile", "uscc"])
        #expect(errors.allSatisfy { !$0.message.en.isEmpty && !$0.message.zh.isEmpty && $0.message.en != $0.message.zh })
        let view = try test.engine.show(order)
        #expect(view.path == ["choose_verification"])
        #expect(view.record.step == "enterprise")
        #expect(!view.answers.contains { $0.field == "company_name" })
    }

    @Test("a submit made against an old version is refused, not applied twice")
    func staleSubmitRefused() async throws {
        let test = try TestEngine()
        let started = try await test.engine.start(try ShippedCatalog.entry("ca_outlet", "new_certificate"))
        let answers = SampleAnswers.newCertificate().answers["choose_verification"] ?? [:]
        let version = try test.engine.show(started.order).record.version
        _ = try await test.engine.submit(started.order, answers: answers, version: version)
        await #expect(throws: EngineError.self) {
            _ = try await test.engine.submit(started.order, answers: answers, version: version)
        }
        #expect(try test.engine.show(started.order).path == ["choose_verification"])
    }

    @Test("going back reopens the previous step; a step with back: false refuses")
    func goingBack() async throws {
        let test = try TestEngine()
        var book = SampleAnswers.newCertificate()
        book.answers["purchase"] = nil
        let (order, _) = try await test.run("ca_outlet", "new_certificate", book)
        #expect(try test.engine.show(order).record.step == "purchase")
        let back = try test.engine.back(order)
        #expect(back.step == "agent")
        #expect(try test.engine.show(order).path == ["choose_verification", "enterprise"])
        let stop = await test.engine.advance(order, with: SampleAnswers.newCertificate()) { _ in }
        guard case .waiting = stop else { Issue.record("stopped with \(stop)"); return }

        let fresh = try await test.engine.start(try ShippedCatalog.entry("ca_outlet", "new_certificate"))
        #expect(throws: EngineError.self) { try test.engine.back(fresh.order) }
    }

    @Test("one open new-certificate application per subject; cancelling frees the subject")
    func subjectGuard() async throws {
        let test = try TestEngine()
        let (first, _) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        let (second, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case let .failed(.guardTaken(existing, message)) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(existing == first)
        #expect(message.en.contains(first) && message.zh.contains(first))
        _ = try test.engine.cancel(first)
        let retried = await test.engine.advance(second, with: SampleAnswers.newCertificate()) { _ in }
        guard case .waiting = retried else { Issue.record("stopped with \(retried)"); return }
    }

    @Test("an order resumes on its pinned definition after the flow changes; a new order uses the new one")
    func pinnedDefinition() async throws {
        let test = try TestEngine()
        var book = SampleAnswers.newCertificate()
        book.answers["purchase"] = nil
        let original = try ShippedCatalog.entry("ca_outlet", "new_certificate")
        let old = try await test.engine.start(original)
        _ = await test.engine.advance(old.order, with: book) { _ in }

        var changed = original
        changed.flow.products[0].prices[1].fen = Located(synthesized: 99_900)
        #expect(changed.contentHash != original.contentHash)
        let new = try await test.engine.start(changed)
        _ = await test.engine.advance(new.order, with: SampleAnswers.newCertificate(uscc: "914403001922038216")) { _ in }
        _ = await test.engine.advance(old.order, with: SampleAnswers.newCertificate()) { _ in }

        #expect(try test.engine.show(old.order).payments.map(\.amountFen) == [75_000])
        #expect(try test.engine.show(new.order).payments.map(\.amountFen) == [119_900])
        #expect(try test.engine.show(old.order).record.definitionHash == original.contentHash)
    }
}
