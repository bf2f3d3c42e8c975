import Foundation
import Testing

/// The manual: once a new certificate is issued, its key's password goes by SMS to the legal
/// representative. Only the SMS carries it.
@Suite("the new key's certificate password")
struct CertificatePasswordTests {
    @Test func goesBySMSToTheLegalRepresentativeAndNowhereElse() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = ShippedAnswers.path("ca_outlet", "new_certificate")
        let order = try RunSummary(try await workspace.run("ca_outlet", "new_certificate", answers: answers)).order
        let approved = try await workspace.channelflow(["review", "approve", order, "--operator", "李审核", "--project", workspace.project])
        #expect(approved.exitStatus == 0, "\(approved.stderrText)")

        let outbox = try String(contentsOfFile: workspace.database + ".sandbox/sms.jsonl", encoding: .utf8)
        let sent = outbox.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["purpose"] as? String == "certificate_password" }
        #expect(sent.count == 1)
        let password = try #require(sent.first?["code"] as? String)
        #expect(password.count == 8 && password.allSatisfy(\.isNumber))
        #expect(sent.first?["to_masked"] as? String == "138****5678")

        let done = try await workspace.show(order)
        let event = try #require(done.events.first { $0.kind == "action" && $0.description.contains("send_certificate_password") })
        #expect(event.description.contains("138****5678"))
        let database = try Data(contentsOf: URL(fileURLWithPath: workspace.database))
        #expect(database.range(of: Data(password.utf8)) == nil)
        #expect(!done.events.map(\.description).joined().contains(password))
    }
}
