import Foundation
import Testing

/// `channelflow run --interactive`: the steps the answers file leaves out are asked in the
/// terminal with their zh/en labels, a wrong value is asked again, and the run goes on.
@Suite("channelflow run --interactive")
struct RunCommandInteractiveTests {
    @Test("a step missing from the answers is asked in the terminal, a wrong answer again; the confirmation shows masked data")
    func asksWhatTheFileLeavesOut() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = try ShippedAnswers("ca_outlet", "new_certificate").removing(step: "purchase")
        let path = try workspace.write(answers.text, to: "answers.yaml")
        // product, validity, seal, invoice wanted, invoice e-mail, recipient, recipient mobile, address;
        // the first round gives a mobile with a digit missing, the second the right one; then the
        // confirmation page shows the summary, masked, and is agreed to.
        let round = ["org_cert_ukey", "2", "company_seal", "yes", "lisi@example.com", "李四"]
        let typed = (round + ["1391234567", "北京市海淀区示例路 1 号"] + round + ["13912345678", "北京市海淀区示例路 1 号", "yes"])
            .joined(separator: "\n") + "\n"
        let run = try await workspace.channelflow(
            ["run", "--channel", "ca_outlet", "--flow", "new_certificate", "--answers", path, "--interactive", "--project", workspace.project],
            stdin: .bytes(Array(typed.utf8)))
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        #expect(run.stdoutText.contains("== 购买商品 · Purchase =="))
        #expect(run.stdoutText.contains("收件人手机号 Recipient's mobile"))
        #expect(run.stderrText.contains("mailing_mobile"))
        #expect(run.stdoutText.contains("Is everything right?"))
        #expect(run.stdoutText.contains("法定代表人证件号 Legal representative's ID number: 110***********0011"))
        #expect(run.stdoutText.contains("amount=¥750.00"))
        #expect(run.stdoutText.contains("waits at step review"))
        #expect(!run.stdoutText.contains("13912345678"))
    }
}
