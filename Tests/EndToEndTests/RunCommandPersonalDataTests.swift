import Foundation
import Testing

/// What `run`, `resume`, `show` and `orders list` print holds personal data only masked: the ID
/// numbers, mobiles and bank cards of the answers never appear as given, in text or JSON, in
/// output, errors or logs.
@Suite("channelflow run: personal data stays masked")
struct RunCommandPersonalDataTests {
    /// Logs go to standard error too, so they are checked with the rest.
    private let logging = ["CHANNELFLOW_LOG": "info"]

    @Test("raw ID numbers, mobiles and bank cards never appear; their masked forms do")
    func onlyMaskedPersonalData() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let bank = try ShippedAnswers("icbc_bank", "new_certificate")
        let renewal = try ShippedAnswers("ca_outlet", "renewal")
        let raw = bank.personalData.union(renewal.personalData)
        #expect(raw.isSuperset(of: ["110101199003070011", "310104198512300024", "13812345678", "13012345678", "6222020000000000000"]))

        var runs: [ChannelFlowBinary.Run] = []
        // A refused step must not echo what was typed either.
        let wrong = try bank.replacing("legal_rep_id: \"110101199003070011\"", with: "legal_rep_id: \"110101199003070010\"")
        let refused = try await workspace.run(
            "icbc_bank", "new_certificate", answers: try workspace.write(wrong.text, to: "wrong.yaml"), json: false, environment: logging)
        #expect(refused.exitStatus == 1)
        #expect(!refused.stderrText.contains("110101199003070010"))
        runs.append(refused)
        let order = try OrderWorkspace.orderNumber(refused)
        runs.append(try await workspace.resume(order, answers: try workspace.write(bank.text, to: "bank.yaml"), json: false, environment: logging))
        let key = try workspace.copyKey("expiring-ukey.yaml")
        runs.append(try await workspace.run("ca_outlet", "renewal", answers: ShippedAnswers.path("ca_outlet", "renewal"), key: key, environment: logging))
        let renewed = try RunSummary(runs[runs.count - 1]).order
        for shown in [order, renewed] {
            runs.append(try await workspace.channelflow(["show", shown], environment: logging))
            runs.append(try await workspace.channelflow(["show", shown, "--json"], environment: logging))
        }
        runs.append(try await workspace.channelflow(["orders", "list"], environment: logging))
        runs.append(try await workspace.channelflow(["orders", "list", "--json"], environment: logging))

        for run in runs {
            #expect(run.exitStatus.map { $0 <= 1 } == true, "\(run.arguments): \(run.summary)")
            let printed = run.stdoutText + run.stderrText
            let leaked = raw.filter(printed.contains).sorted()
            #expect(leaked.isEmpty, "\(run.arguments.prefix(2)) printed \(leaked)")
        }
        let shown = runs.filter { $0.arguments.first == "show" }.map(\.stdoutText).joined()
        for masked in ["110***********0011", "310***********0024", "138****5678", "130****5678", "**** 0000"] {
            #expect(shown.contains(masked), "show prints \(masked)")
        }
    }
}
