import Foundation
import Testing

/// The manual (2.4): when the key inserted differs from the one the order read before, the key
/// actually inserted is the one the process goes on with, and the order says so.
@Suite("another UKEY inserted")
struct UKeySwapTests {
    @Test func goingBackToTheKeyStepReadsTheKeyNowInserted() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try workspace.copyKey("expiring-ukey.yaml")
        let answers = try workspace.write("insert_ukey:\n  ukey_pin: \"123456\"\n", to: "answers.yaml")
        let order = try RunSummary(try await workspace.run("ca_outlet", "renewal", answers: answers, key: key)).order
        let text = try String(contentsOfFile: key, encoding: .utf8)
        try text.replacingOccurrences(of: "5A3F0000000000000000000000000001", with: "5A3F0000000000000000000000000099")
            .write(toFile: key, atomically: true, encoding: .utf8)

        let back = try await workspace.channelflow(["back", order, "--project", workspace.project, "--ukey-file", key])
        #expect(back.exitStatus == 0, "\(back.stderrText)")
        let resumed = try await workspace.resume(order, answers: answers, key: key, json: false)
        #expect(resumed.stdoutText.contains("→ read_ukey  not_after=2027-01-31 provider=sandbox replaces=5A3F0000000000000000000000000001 serial=5A3F0000000000000000000000000099"), "\(resumed.stdoutText)")

        let shown = try await workspace.show(order)
        #expect(shown.events.map(\.description).contains(
            #"ukey_changed insert_ukey {"inserted":"5A3F0000000000000000000000000099","previous":"5A3F0000000000000000000000000001"}"#))
        #expect(shown.step == "renewal_info")
    }
}
