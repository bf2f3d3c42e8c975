import FlowEngine
import FlowProviders
import FlowStore
import Testing

@Suite("FlowEngine: a UKEY password is used on its step and kept nowhere")
struct UKeyPasswordTests {
    /// The order cache once kept the password the database never gets, so a confirmation page
    /// built from it listed a "certificate password" line that a page built after a restart did not.
    @Test func theSummaryFromTheCacheIsTheSummaryFromTheDatabase() async throws {
        let key = try SandboxKeyFile()
        defer { key.remove() }
        let test = try TestEngine { $0.ukey = SandboxUKey(file: key.path) }
        let book = AnswersBook(answers: [
            "insert_ukey": ["ukey_pin": .text("123456")],
            "enterprise": [
                "legal_rep_name": .text("张三"), "legal_rep_id": .text("110101199003070011"), "legal_rep_mobile": .text("13812345678"),
            ],
            "agent": ["agent_method": .text("legal_rep_self"), "agent_email": .text("a@example.com")],
            "reason": ["revocation_reason": .text("key_compromised")],
        ])
        let (order, stop) = try await test.run("ca_outlet", "revocation", book)
        guard case .needsAnswers("signature") = stop else { Issue.record("stopped with \(stop)"); return }
        let cached = try test.engine.maskedAnswers(order)
        #expect(cached == (try test.engine.show(order).answers))
        #expect(!cached.contains { $0.field == "ukey_pin" })
        #expect(try test.store.answers(of: order)["ukey_pin"] == nil)
    }
}
