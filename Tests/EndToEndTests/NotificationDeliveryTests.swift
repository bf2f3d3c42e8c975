import Foundation
import Testing

/// The notifications of a new-certificate order, from the events that queue them to the sandbox
/// SMS gateway and e-mail sender that receive them, including a delivery worker killed mid-batch.
@Suite("notification delivery")
struct NotificationDeliveryTests {
    /// submitted, payment_received, approved, certificate_issued, certificate_password_sent.
    static let events = ["approved", "certificate_issued", "certificate_password_sent", "invoice_issued", "payment_received", "submitted"]

    /// The sample order run to review and approved: its notifications are queued.
    private func approvedOrder(_ workspace: OrderWorkspace) async throws -> String {
        let order = try RunSummary(try await workspace.run("ca_outlet", "new_certificate", answers: ShippedAnswers.path("ca_outlet", "new_certificate"))).order
        let approved = try await workspace.channelflow(["review", "approve", order, "--operator", "李审核", "--project", workspace.project])
        try #require(approved.exitStatus == 0, "\(approved.stderrText)")
        return order
    }

    private func deliver(_ workspace: OrderWorkspace, _ extra: [String] = [], now: String = OrderWorkspace.now, pause: OrderWorkspace.Pause? = nil) async throws -> ChannelFlowBinary.Run {
        try await workspace.channelflow(
            ["outbox", "deliver", "--once", "--project", workspace.project] + extra, pause: pause, environment: ["CHANNELFLOW_NOW": now])
    }

    /// The notifications the sandbox received (`sms.jsonl`, `email.jsonl`), as JSON objects.
    private func received(_ workspace: OrderWorkspace, _ file: String) throws -> [[String: Any]] {
        let text = (try? String(contentsOfFile: workspace.database + ".sandbox/" + file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["idempotency_key"] != nil }
    }

    @Test func anApprovedOrdersMessagesGoOutOnceBySMSAndEmailMasked() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await approvedOrder(workspace)
        let pending = try await workspace.channelflow(["outbox", "list", "--status", "pending"])
        #expect(pending.stdoutText.split(separator: "\n").count == 12, "\(pending.stdoutText)")
        #expect(!pending.stdoutText.contains("13912345678") && !pending.stdoutText.contains("lisi@example.com"))
        #expect(pending.stdoutText.contains("139****5678") && pending.stdoutText.contains("l***@example.com"), "\(pending.stdoutText)")

        let delivered = try await deliver(workspace)
        #expect(delivered.exitStatus == 0, "\(delivered.stderrText)")
        #expect(delivered.stdoutText == "sent 12, retrying 0, failed 0, lease lost 0\n")
        let sms = try received(workspace, "sms.jsonl")
        let email = try received(workspace, "email.jsonl")
        #expect(sms.compactMap { $0["idempotency_key"] as? String }.sorted() == Self.events.map { "\(order):\($0):sms:" + Self.hash("13912345678") })
        #expect(email.compactMap { $0["idempotency_key"] as? String }.sorted() == Self.events.map { "\(order):\($0):email:" + Self.hash("lisi@example.com") })
        #expect(sms.allSatisfy { $0["to_masked"] as? String == "139****5678" })
        let approvedMail = try #require(email.first { ($0["idempotency_key"] as? String)?.contains(":approved:") == true })
        #expect(approvedMail["subject"] as? String == "【ChannelFlow】订单 \(order) 审核通过 / Order \(order) approved")
        #expect((approvedMail["text"] as? String)?.contains("北京示例科技有限公司 的单位证书新办申请（订单 \(order)）已审核通过") == true)

        let again = try await deliver(workspace)
        #expect(again.stdoutText == "sent 0, retrying 0, failed 0, lease lost 0\n")
        let sent = try await workspace.channelflow(["outbox", "list", "--status", "sent"])
        #expect(sent.stdoutText.split(separator: "\n").count == 12)
    }

    @Test func aWorkerKilledBetweenSendingAndMarkingLosesAndDuplicatesNothing() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        _ = try await approvedOrder(workspace)
        let killed = try await deliver(workspace, ["--batch", "4"], pause: .afterSend(1))
        #expect(killed.signal == SIGKILL, "\(killed.summary)\n\(killed.stderrText)")
        let key = try #require(killed.stderrText.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(try received(workspace, "sms.jsonl").count + received(workspace, "email.jsonl").count == 1)

        // Within the dead worker's lease its claims stay taken; once it runs out they are sent.
        let early = try await deliver(workspace)
        #expect(early.stdoutText == "sent 8, retrying 0, failed 0, lease lost 0\n", "\(early.stderrText)")
        let late = try await deliver(workspace, now: "2026-11-25T10:10:00+08:00")
        #expect(late.stdoutText == "sent 4, retrying 0, failed 0, lease lost 0\n", "\(late.stderrText)")

        let keys = try (received(workspace, "sms.jsonl") + received(workspace, "email.jsonl")).compactMap { $0["idempotency_key"] as? String }
        #expect(keys.count == 12)
        #expect(Set(keys).count == 12)
        #expect(keys.filter { $0 == key }.count == 1)
        let listed = try await workspace.channelflow(["outbox", "list", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout)) as? [[String: Any]])
        let resent = try #require(rows.first { $0["idempotency_key"] as? String == key })
        // Sent twice under one key: the receiver recognised the second.
        #expect(resent["attempts"] as? Int == 2)
        #expect(rows.allSatisfy { $0["status"] as? String == "sent" })
    }

    /// The first 16 hex digits of SHA-256 of `text`, as the idempotency key holds the recipient.
    private static func hash(_ text: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return String(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(16))
    }
}
