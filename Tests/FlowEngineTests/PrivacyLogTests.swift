import FlowDiagnostics
import FlowEngine
import FlowStore
import Logging
import TestLogging
import Testing

/// Privacy by construction in the engine: a logger at `trace` whose handler keeps every message
/// and its metadata, an order run through `start` and `advance` to the review wait, a step refused
/// for wrong answers and one rejected by a verifier; no raw ID number, mobile or bank card number,
/// nor the digits a mask hides, reaches the log, an event, a step report or an error message.
@Suite("privacy: the engine's log, events and reports")
struct PrivacyLogTests {
    private static let bankCard = "6217001234567893"
    private static let wrongID = "110101199003070010"
    private static let wrongMobile = "12345678901"

    /// The personal numbers of the sample answers and of the wrong ones, and the parts their
    /// masks hide (`110***********0011`, `138****5678`, `**** 7893`).
    private static let secrets = [
        "110101199003070011", "10119900307", "310104198512300024", "10419851230",
        "13812345678", "13912345678", "1234", bankCard, "621700123456", wrongID, wrongMobile,
    ]

    @Test("nothing raw in the log, the events, the reports or the errors", arguments: ["agent_phone", "agent_bank_card"])
    func nothingRawLeaves(agentMethod: String) async throws {
        let log = RecordingLogHandler.Store()
        let test = try TestEngine(logger: Logger(label: "privacy") { _ in RecordingLogHandler(log) })
        let engine = test.engine
        let definition = try ShippedCatalog.entry("ca_outlet", "new_certificate")
        var seen: [(what: String, text: String)] = []

        var book = SampleAnswers.newCertificate(uscc: "91110000600037341L")
        if agentMethod == "agent_bank_card" {
            book.answers["agent"]?["agent_method"] = .text("agent_bank_card")
            book.answers["agent"]?["agent_bank_card"] = .text(Self.bankCard)
        }
        let order = try await engine.start(definition)
        seen.append(("start report", "\(order)"))
        let stop = await engine.advance(order.order, with: book) { report in seen.append(("report \(report.step)", "\(report)")) }
        guard case .waiting(step: "review", wait: "review") = stop else {
            Issue.record("the sample stopped at \(stop), not at the review wait")
            return
        }

        var wrong = SampleAnswers.newCertificate(uscc: "9111000070000001XQ")
        wrong.answers["enterprise"]?["legal_rep_id"] = .text(Self.wrongID)
        wrong.answers["enterprise"]?["legal_rep_mobile"] = .text(Self.wrongMobile)
        let refused = try await engine.start(definition)
        let refusal = await engine.advance(refused.order, with: wrong) { _ in }
        guard case let .failed(invalid) = refusal, case .invalidAnswers = invalid else {
            Issue.record("wrong answers were not refused: \(refusal)")
            return
        }

        var rejectedBook = SampleAnswers.newCertificate(uscc: "91110000700000028Q")
        rejectedBook.answers["enterprise"]?["company_name"] = .text("SANDBOX-REJECT 示例公司")
        let rejected = try await engine.start(definition)
        let rejection = await engine.advance(rejected.order, with: rejectedBook) { _ in }
        guard case let .failed(verifier) = rejection, case .rejected = verifier else {
            Issue.record("the sandbox verifier did not reject: \(rejection)")
            return
        }

        for error in [invalid, verifier] {
            seen.append(("error", "\(error) \(error.message.en) \(error.message.zh)"))
        }
        for id in [order.order, refused.order, rejected.order] {
            for event in try test.store.events(of: id) {
                seen.append(("event \(event.kind) of \(id)", "\(event.kind) \(event.step ?? "") \(event.detail)"))
            }
        }
        let lines = log.all
        seen += lines.map { ("log", $0) }

        for (what, text) in seen {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(what) shows \(secret): \(text)")
            }
        }
        // What was scanned held the data, masked: the log has every step and both refusals.
        #expect(lines.filter { $0.contains("step committed") }.count >= 9)
        #expect(lines.contains { $0.contains("answers refused") && $0.contains("legal_rep_id") })
        #expect(lines.contains { $0.contains("step refused") })
        #expect(seen.contains { $0.text.contains("139****5678") })
        #expect(seen.contains { $0.text.contains("110***********0011") })
        if agentMethod == "agent_bank_card" { #expect(seen.contains { $0.text.contains("**** 7893") }) }
    }
}
