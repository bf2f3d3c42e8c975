import FlowBench
import Foundation
import Testing

/// Privacy by construction, end to end: with every log line on (`CHANNELFLOW_LOG=trace`), nothing
/// the binary prints — run and show in text and JSON, the order list, the log on standard error,
/// every event's detail, the sandbox's outbox — holds a raw ID number, mobile or bank card number,
/// nor the digits a mask hides.
@Suite("privacy: no raw ID number, mobile or bank card leaves the binary")
struct PrivacyTests {
    private static let bankCard = "6217001234567893"
    private static let wrongID = "110101199003070010"
    private static let wrongMobile = "12345678901"

    /// Every personal number the answers below hold, and the part of each its mask hides
    /// (`110***********0011`, `138****5678`, `**** 7893`).
    private static let secrets: Set = [
        "110101199003070011", "10119900307",  // the legal representative's ID number
        "310104198512300024", "10419851230",  // the agent's ID number
        "13812345678", "13912345678", "1234",  // the mobiles, and the middle both hide
        bankCard, "621700123456",
        wrongID, wrongMobile,
    ]

    @Test("a phone-verified and a bank-card-verified order, a refused and a rejected step: all output masked")
    func nothingRawInAnyOutput() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let trace = ["CHANNELFLOW_LOG": "trace"]
        var outputs: [(what: String, text: String)] = []
        func record(_ what: String, _ run: ChannelFlowBinary.Run) {
            outputs.append((what + " stdout", run.stdoutText))
            outputs.append((what + " stderr", run.stderrText))
        }

        let phoneAnswers = try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(0))
        let cardAnswers = try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(1)).replacing(
            "  agent_method: agent_phone\n", with: "  agent_method: agent_bank_card\n  agent_bank_card: \"\(Self.bankCard)\"\n")
        let wrongAnswers = try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(2))
            .replacing("\"110101199003070011\"", with: "\"\(Self.wrongID)\"")
            .replacing("\"13812345678\"", with: "\"\(Self.wrongMobile)\"")
        let rejectedAnswers = try ShippedAnswers.newCertificate(uscc: SyntheticUSCC.make(3))
            .replacing("北京示例科技有限公司", with: "SANDBOX-REJECT 示例公司")
        for answers in [phoneAnswers, cardAnswers, wrongAnswers, rejectedAnswers] {
            #expect(answers.personalData.isSubset(of: Self.secrets), "not scanned for: \(answers.personalData.subtracting(Self.secrets))")
        }

        let phone = try await workspace.run(
            "ca_outlet", "new_certificate", answers: try workspace.write(phoneAnswers.text, to: "phone.yaml"), json: false, environment: trace)
        #expect(phone.exitStatus == 0, "\(phone.stderrText)")
        record("run (phone)", phone)
        let card = try await workspace.run(
            "ca_outlet", "new_certificate", answers: try workspace.write(cardAnswers.text, to: "card.yaml"), environment: trace)
        #expect(card.exitStatus == 0, "\(card.stderrText)")
        record("run --json (bank card)", card)
        let refused = try await workspace.run(
            "ca_outlet", "new_certificate", answers: try workspace.write(wrongAnswers.text, to: "wrong.yaml"), json: false, environment: trace)
        #expect(refused.exitStatus == 1)
        #expect(refused.stderrText.contains("legal_rep_id") || refused.stderrText.contains("ID number"), "\(refused.stderrText)")
        record("run (wrong answers)", refused)
        let rejected = try await workspace.run(
            "ca_outlet", "new_certificate", answers: try workspace.write(rejectedAnswers.text, to: "rejected.yaml"), json: false,
            environment: trace)
        #expect(rejected.exitStatus == 1)
        record("run (rejected)", rejected)

        let listed = try await workspace.orders()
        #expect(listed.count == 4)
        for order in listed.map(\.order) {
            record("show \(order)", try await workspace.channelflow(["show", order, "--project", workspace.project], environment: trace))
            let json = try await workspace.channelflow(["show", order, "--json", "--project", workspace.project], environment: trace)
            record("show --json \(order)", json)
            for event in try ShownOrder(json: json.stdoutText, order: order).events {
                outputs.append(("event \(event.kind) of \(order)", "\(event.kind) \(event.step ?? "") \(event.detail)"))
            }
        }
        record("orders list", try await workspace.channelflow(["orders", "list"], environment: trace))
        record("orders list --json", try await workspace.channelflow(["orders", "list", "--json"], environment: trace))
        let sandbox = workspace.database + ".sandbox"
        for name in try FileManager.default.contentsOfDirectory(atPath: sandbox) {
            outputs.append(("sandbox \(name)", try String(contentsOfFile: sandbox + "/" + name, encoding: .utf8)))
        }

        for (what, text) in outputs {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(what) shows \(secret)")
            }
        }
        // The scan saw the personal data, masked, and the log lines.
        let everything = outputs.map(\.text).joined(separator: "\n")
        for masked in ["110***********0011", "310***********0024", "138****5678", "139****5678", "**** 7893"] {
            #expect(everything.contains(masked), "nothing showed \(masked)")
        }
        #expect(everything.contains("step committed"))
        #expect(everything.contains("step refused"))
        #expect(everything.contains("answers refused"))
    }
}
