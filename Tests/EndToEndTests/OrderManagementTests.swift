import Foundation
import Testing

/// `channelflow orders query`: the order-management flow (manual 3) through both identity checks
/// and every action, with `orders ship` / `orders delivered` moving a shipment on.
@Suite("orders query")
struct OrderManagementTests {
    private static let uscc = "91110000600037341L"

    /// The check of the legal representative by mobile (ca_outlet's sample), then `rest`.
    private static func legalRepByPhone(_ rest: String) -> String {
        """
        query: {uscc: \(uscc), query_method: legal_rep}
        legal_rep_check:
          legal_rep_method: legal_rep_phone
          legal_rep_id: "110101199003070011"
          legal_rep_mobile: "13812345678"
        legal_rep_code:
          legal_rep_sms_code: {sandbox: sms}
          captcha_code: {sandbox: captcha}
        \(rest)
        """
    }

    /// A new certificate (ca_outlet's sample): the order waits for review, its UKEY not shipped.
    private func unfinishedOrder(_ workspace: OrderWorkspace, channel: String = "ca_outlet") async throws -> String {
        let run = try await workspace.run(channel, "new_certificate", answers: ShippedAnswers.path(channel, "new_certificate"))
        try #require(run.exitStatus == 0, "\(run.stderrText)")
        return try RunSummary(run).order
    }

    private func query(
        _ workspace: OrderWorkspace, _ channel: String, _ answers: String, json: Bool = true
    ) async throws -> ChannelFlowBinary.Run {
        let file = try workspace.write(answers, to: "query-\(UUID().uuidString).yaml")
        return try await workspace.channelflow(
            ["orders", "query", "--channel", channel, "--answers", file, "--project", workspace.project] + (json ? ["--json"] : []))
    }

    @Test("legal representative by phone: view, change the address, refused once shipped")
    func addressChangesUntilShipped() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await unfinishedOrder(workspace)
        let change = Self.legalRepByPhone("""
            order_list: {list_operation: view, selected_order: \(order)}
            order_detail:
              - {detail_operation: change_address, new_mailing_address: 北京市朝阳区示例街 2 号}
              - {detail_operation: finish}
            """)
        let changed = try await query(workspace, "ca_outlet", change)
        #expect(changed.exitStatus == 0, "\(changed.stdoutText)\(changed.stderrText)")
        #expect(try RunSummary(changed).stop == "completed")
        #expect(try await workspace.show(order).events.contains { $0.kind == "address_changed" })

        let shipped = try await workspace.channelflow(["orders", "ship", order])
        #expect(shipped.exitStatus == 0, "\(shipped.stderrText)")
        #expect(shipped.stdoutText.contains("shipment: shipped, tracking SBX"))
        let refused = try await query(workspace, "ca_outlet", change)
        #expect(refused.exitStatus == 1)
        let message = try #require(try RunSummary(refused).error).message
        #expect(message.en.contains("already shipped") && message.en.contains("can no longer change"))
        #expect(message.zh.contains("不能再修改邮寄地址"))

        #expect(try await workspace.channelflow(["orders", "ship", order]).exitStatus == 1)
        let delivered = try await workspace.channelflow(["orders", "delivered", order])
        #expect(delivered.stdoutText.contains("shipment: delivered"), "\(delivered.stderrText)")
        try await workspace.expectSound()
    }

    @Test("agent check: the masked agent gets the code, sees the orders, cancels one, which frees the subject")
    func agentCancels() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await unfinishedOrder(workspace)
        let run = try await query(workspace, "ca_outlet", """
            query: {uscc: \(Self.uscc), query_method: agent}
            choose_agent: {selected_agent: "1"}
            agent_code: {no_code_received: false, agent_sms_code: {sandbox: sms}}
            order_list: {list_operation: cancel, selected_order: \(order)}
            cancel: {confirm_cancel: true}
            """)
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(try RunSummary(run).steps.map(\.step).contains("cancel"))
        #expect(!run.stdoutText.contains("13912345678"), "the agent's mobile is shown masked only")
        #expect(try await workspace.show(order).status == "cancelled")
        // The guard on the subject is free again: a new application is accepted.
        #expect(try await unfinishedOrder(workspace) != order)
    }

    @Test("agent check without a code falls back to the legal representative")
    func agentFallsBack() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await unfinishedOrder(workspace)
        let run = try await query(workspace, "ca_outlet", """
            query: {uscc: \(Self.uscc), query_method: agent}
            choose_agent: {selected_agent: "1"}
            agent_code: {no_code_received: true}
            legal_rep_check:
              legal_rep_method: legal_rep_phone
              legal_rep_id: "110101199003070011"
              legal_rep_mobile: "13812345678"
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
            order_list: {list_operation: view, selected_order: \(order)}
            order_detail: {detail_operation: finish}
            """)
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(try RunSummary(run).steps.map(\.step)
            == ["query", "choose_agent", "agent_code", "legal_rep_check", "legal_rep_code", "order_list", "order_detail", "finished"])
    }

    @Test("legal representative by bank card: continue drives the order on where it stopped")
    func bankCardContinues() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await unfinishedOrder(workspace, channel: "icbc_bank")
        let run = try await query(workspace, "icbc_bank", """
            query: {uscc: \(Self.uscc), query_method: legal_rep}
            legal_rep_check:
              legal_rep_method: legal_rep_bank_card
              legal_rep_id: "110101199003070011"
              legal_rep_bank_card: "6222020000000000000"
              legal_rep_mobile: "13812345678"
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
            order_list: {list_operation: continue, selected_order: \(order)}
            """, json: false)
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(run.stdoutText.contains("continuing order \(order)"))
        #expect(run.stdoutText.contains("order \(order) waits at step review"))
    }

    @Test("an order the query did not list cannot be touched")
    func unlistedOrderRefused() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let elsewhere = try await unfinishedOrder(workspace, channel: "icbc_bank")
        let run = try await query(workspace, "ca_outlet", Self.legalRepByPhone("""
            order_list: {list_operation: cancel, selected_order: \(elsewhere)}
            cancel: {confirm_cancel: true}
            """))
        #expect(run.exitStatus == 1)
        #expect(try await workspace.show(elsewhere).status == "waiting")
    }

    @Test("a wrong random code is used up and refused with a new one shown; the new one passes")
    func captchaIsSingleUse() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let wrong = try await query(workspace, "ca_outlet", """
            query: {uscc: \(Self.uscc), query_method: legal_rep}
            legal_rep_check:
              legal_rep_method: legal_rep_phone
              legal_rep_id: "110101199003070011"
              legal_rep_mobile: "13812345678"
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: "0000"}
            """, json: false)
        #expect(wrong.exitStatus == 1)
        #expect(wrong.stdoutText.contains("Random code:"), "the captcha is drawn as the step is entered")
        #expect(wrong.stderrText.contains("the random code is wrong, used or expired; type the new one"))
        let order = try OrderWorkspace.orderNumber(wrong)
        let retry = try workspace.write("""
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
            order_list: {list_operation: finish}
            """, to: "retry.yaml")
        let resumed = try await workspace.resume(order, answers: retry)
        #expect(resumed.exitStatus == 0, "\(resumed.stdoutText)\(resumed.stderrText)")
        #expect(try RunSummary(resumed).stop == "completed")
        let captchas = try String(contentsOfFile: workspace.database + ".sandbox/captcha.jsonl", encoding: .utf8)
        #expect(captchas.split(separator: "\n").count == 2)
    }

    @Test("the SMS limit per phone holds across processes: the sixth code in an hour is refused with the wait")
    func smsLimitAcrossProcesses() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = try workspace.write("""
            query: {uscc: \(Self.uscc), query_method: legal_rep}
            legal_rep_check:
              legal_rep_method: legal_rep_phone
              legal_rep_id: "110101199003070011"
              legal_rep_mobile: "13812345678"
            """, to: "send.yaml")
        let arguments = ["orders", "query", "--channel", "ca_outlet", "--answers", answers, "--project", workspace.project, "--json"]
        // Two processes at a time, five codes in all: each stops at the step that asks for the code.
        for _ in 0..<2 {
            async let first = workspace.channelflow(arguments)
            async let second = workspace.channelflow(arguments)
            for run in try await [first, second] {
                #expect(try RunSummary(run).stop == "needs-answers", "\(run.stdoutText)\(run.stderrText)")
            }
        }
        #expect(try RunSummary(try await workspace.channelflow(arguments)).stop == "needs-answers")
        let refused = try await workspace.channelflow(arguments)
        #expect(refused.exitStatus == 1)
        let message = try #require(try RunSummary(refused).error).message
        #expect(message.en == "too many codes were sent to this phone (at most 5 an hour); try again in 60 min")
        #expect(message.zh == "该手机号获取验证码过于频繁（每小时最多 5 次），请 60 分钟后再试")
        let sent = try String(contentsOfFile: workspace.database + ".sandbox/sms.jsonl", encoding: .utf8)
        #expect(sent.split(separator: "\n").count == 5)
    }

    @Test("interactive: the agents are listed masked to pick from by number, the code read from the sandbox")
    func interactiveAgentCheck() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        _ = try await unfinishedOrder(workspace)
        // query: the check by agent (option 1), the USCC; the first agent; no "no code" and the
        // sandbox's code; the list: finish (the order field is then left empty).
        let typed = ["1", Self.uscc, "1", "no", "sandbox", "finish", ""].joined(separator: "\n") + "\n"
        let run = try await workspace.channelflow(
            ["orders", "query", "--channel", "ca_outlet", "--interactive", "--project", workspace.project],
            stdin: .bytes(Array(typed.utf8)))
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(run.stdoutText.contains("   1. 李* 139****5678"))
        #expect(!run.stdoutText.contains("13912345678"))
        #expect(run.stdoutText.contains("is complete"))
    }

    @Test("an approved renewal is downloaded from the order: its download step writes the new certificate onto the key")
    func approvedRenewalDownloads() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try workspace.copyKey("expiring-ukey.yaml")
        let renewal = try await workspace.run("icbc_bank", "renewal", answers: ShippedAnswers.path("icbc_bank", "renewal"), key: key)
        try #require(renewal.exitStatus == 0, "\(renewal.stderrText)")
        let order = try RunSummary(renewal).order
        let approved = try await workspace.channelflow(["review", "approve", order, "--operator", "王审核"])
        try #require(approved.exitStatus == 0, "\(approved.stderrText)")
        let answers = try workspace.write("""
            query: {uscc: \(Self.uscc), query_method: legal_rep}
            legal_rep_check:
              legal_rep_method: legal_rep_bank_card
              legal_rep_id: "110101199003070011"
              legal_rep_bank_card: "6222020000000000000"
              legal_rep_mobile: "13812345678"
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
            order_list: {list_operation: view, selected_order: \(order)}
            order_detail: {detail_operation: download_certificate}
            download: {download_pin: "123456"}
            """, to: "download.yaml")
        let run = try await workspace.channelflow(
            ["orders", "query", "--channel", "icbc_bank", "--answers", answers, "--ukey-file", key, "--project", workspace.project])
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(run.stdoutText.contains("continuing order \(order)"))
        #expect(run.stdoutText.contains("order \(order) is complete"))
        #expect(try await workspace.show(order).status == "completed")
        let written = try String(contentsOfFile: key, encoding: .utf8)
        #expect(!written.contains("not-after: 2027-01-31"), "the key holds the renewed certificate")
    }
}
