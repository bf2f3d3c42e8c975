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

    @Test("a no on a confirmation page that cannot go back says so and asks again; it never confirms")
    func noWithoutWayBackIsNotAYes() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.write("""
            flow: confirm_once
            title: {zh: 确认一次, en: Confirm once}
            category: application
            media: [ukey]
            guard: {open-order: none}
            steps:
              - id: contact
                title: {zh: 联系人, en: Contact}
                kind: form
                fields:
                  - {id: contact_name, label: {zh: 联系人, en: Contact}, type: text}
                next: check
              - {id: check, title: {zh: 确认信息, en: Check}, kind: confirmation, summary: [contact], back: false, next: done}
              - {id: done, title: {zh: 完成, en: Done}, kind: terminal}

            """, to: "Flows/confirm_once.yaml")
        try project.replace("flows:\n", with: "flows:\n  confirm_once: {}\n", in: "Channels/ca_outlet.yaml")
        let workspace = try OrderWorkspace(project: project.path)
        defer { workspace.remove() }
        let arguments = ["run", "--channel", "ca_outlet", "--flow", "confirm_once", "--interactive", "--project", project.path]

        let refused = try await workspace.channelflow(arguments, stdin: .bytes(Array("王五\nno\n".utf8)))
        #expect(refused.stderrText.contains("cannot go back: step check does not allow going back"), "\(refused.stderrText)")
        #expect(!refused.stdoutText.contains("is complete"), "\(refused.stdoutText)")
        #expect(refused.exitStatus == 1)

        let agreed = try await workspace.channelflow(arguments, stdin: .bytes(Array("王五\nno\nyes\n".utf8)))
        #expect(agreed.exitStatus == 0, "\(agreed.stderrText)")
        #expect(agreed.stdoutText.contains("is complete"))
    }
}
