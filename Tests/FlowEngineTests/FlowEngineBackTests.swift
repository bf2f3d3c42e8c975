import FlowEngine
import FlowProviders
import FlowStore
import Testing

@Suite("FlowEngine: going back")
struct FlowEngineBackTests {
    private func renewalBook() -> AnswersBook {
        AnswersBook(answers: [
            "insert_ukey": ["ukey_pin": .text("123456")],
            "renewal_info": [
                "legal_rep_name": .text("张三"), "legal_rep_id": .text("110101199003070011"), "legal_rep_mobile": .text("13812345678"),
            ],
        ])
    }

    @Test("back to a step whose entry read the UKEY keeps what it read; the step can be answered again")
    func backKeepsEntryOutputs() async throws {
        let key = try SandboxKeyFile()
        defer { key.remove() }
        let test = try TestEngine { $0.ukey = SandboxUKey(file: key.path) }
        let (order, stop) = try await test.run("ca_outlet", "renewal", renewalBook())
        guard case .needsAnswers("agent") = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(try test.engine.back(order).step == "renewal_info")
        #expect(try test.engine.back(order).step == "insert_ukey")
        let again = await test.engine.advance(order, with: renewalBook()) { _ in }
        guard case .needsAnswers("agent") = again else { Issue.record("stopped with \(again)"); return }
        #expect(try test.store.answers(of: order)["ukey_pin"] == nil)
    }

    @Test("an answer corrected after going back moves the subject guard with it")
    func guardFollowsCorrectedSubject() async throws {
        let test = try TestEngine()
        var book = SampleAnswers.newCertificate()
        book.answers["agent"] = nil
        let (order, _) = try await test.run("ca_outlet", "new_certificate", book)
        _ = try test.engine.back(order)
        let corrected = SampleAnswers.newCertificate(uscc: "914403001922038216")
        _ = try await test.engine.submit(order, answers: corrected.answers["enterprise"] ?? [:])
        #expect(try test.engine.show(order).record.guardKey == "new_certificate/914403001922038216")
        let (_, other) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case .waiting = other else { Issue.record("the first subject is still held: \(other)"); return }
    }
}
