import Foundation
import Testing

/// Invoices: issued with the payment when the order asks for one, downloaded and re-issued from
/// the order-management detail, read back from the PDF with poppler's `pdftotext`.
@Suite("invoices")
struct InvoiceTests {
    private static let check = """
        query: {uscc: 91110000600037341L, query_method: legal_rep}
        legal_rep_check:
          legal_rep_method: legal_rep_phone
          legal_rep_id: "110101199003070011"
          legal_rep_mobile: "13812345678"
        legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
        """

    private func newCertificate(_ workspace: OrderWorkspace, wantInvoice: Bool, invoiceEmail: String = "lisi@example.com") async throws -> String {
        var answers = try String(contentsOfFile: ShippedAnswers.path("ca_outlet", "new_certificate"), encoding: .utf8)
        answers = answers.replacingOccurrences(of: "want_invoice: true", with: "want_invoice: \(wantInvoice)")
            .replacingOccurrences(of: "invoice_email: lisi@example.com", with: "invoice_email: \(invoiceEmail)")
            .replacingOccurrences(of: "../files/", with: ShippedProject.root.path + "/Examples/files/")
        let run = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write(answers, to: "new.yaml"))
        try #require(run.exitStatus == 0, "\(run.stderrText)")
        return try RunSummary(run).order
    }

    private func query(_ workspace: OrderWorkspace, _ order: String, _ visits: [String]) async throws -> ChannelFlowBinary.Run {
        let answers = Self.check + """

            order_list: {list_operation: view, selected_order: \(order)}
            order_detail:
            \(visits.map { "  - {detail_operation: \($0)}" }.joined(separator: "\n"))
            """
        let file = try workspace.write(answers, to: "query-\(UUID().uuidString).yaml")
        return try await workspace.channelflow(
            ["orders", "query", "--channel", "ca_outlet", "--answers", file, "--project", workspace.project, "--json"])
    }

    /// The `detail` of each action `name` in a run's JSON, in order.
    private func details(_ run: ChannelFlowBinary.Run, _ name: String) throws -> [[String: String]] {
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
        let steps = summary["steps"] as? [[String: Any]] ?? []
        return steps.flatMap { $0["actions"] as? [[String: Any]] ?? [] }
            .filter { $0["name"] as? String == name }
            .compactMap { $0["detail"] as? [String: String] }
    }

    private func pdfText(_ path: String) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pdftotext \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("paid with an invoice asked for: numbered, downloadable as a Chinese PDF, re-issued with its history")
    func issueDownloadReissue() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await newCertificate(workspace, wantInvoice: true)
        let paid = try #require(try await workspace.show(order).payments.first { $0.status == "paid" })
        let run = try await query(workspace, order, ["download_invoice", "reissue_invoice", "download_invoice", "finish"])
        #expect(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        let downloads = try details(run, "download_invoice")
        try #require(downloads.count == 2)
        #expect(downloads.map { $0["invoice"] } == ["FP-\(order)-1", "FP-\(order)-2"])
        #expect(try details(run, "reissue_invoice").first?["replaces"] == "FP-\(order)-1")

        let first = try await pdfText(try #require(downloads[0]["file"]))
        #expect(first.contains("北京示例科技有限公司"))
        #expect(first.contains("91110000600037341L"))
        #expect(first.contains("FP-\(order)-1"))
        #expect(first.contains("\(paid.amountFen) 分 fen"))
        let second = try await pdfText(try #require(downloads[1]["file"]))
        #expect(second.contains("Re-issue of: FP-\(order)-1"))

        let kinds = try await workspace.show(order).events.map(\.kind)
        #expect(kinds.contains("invoice_issued") && kinds.contains("invoice_reissued"))
    }

    @Test("each re-issued invoice is e-mailed by the delivery worker to the invoice's address, masked wherever it is shown")
    func reissuedInvoiceIsDelivered() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await newCertificate(workspace, wantInvoice: true, invoiceEmail: "finance@example.com")
        let run = try await query(workspace, order, ["reissue_invoice", "reissue_invoice", "finish"])
        try #require(run.exitStatus == 0, "\(run.stdoutText)\(run.stderrText)")
        let delivered = try await workspace.channelflow(["outbox", "deliver", "--once", "--project", workspace.project])
        #expect(delivered.exitStatus == 0, "\(delivered.stderrText)")
        #expect(delivered.stdoutText.hasSuffix("retrying 0, failed 0, lease lost 0\n"), "\(delivered.stdoutText)")

        let sent = (try? String(contentsOfFile: workspace.database + ".sandbox/email.jsonl", encoding: .utf8)) ?? ""
        let mails = sent.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { ($0["idempotency_key"] as? String)?.contains(":invoice_reissued") == true }
        try #require(mails.count == 2, "\(sent)")
        #expect(mails.allSatisfy { $0["to_masked"] as? String == "f***@example.com" })
        #expect(mails.allSatisfy { ($0["subject"] as? String)?.contains(order) == true })
        for (mail, (new, replaced)) in zip(mails, [(2, 1), (3, 2)]) {
            let text = mail["text"] as? String ?? ""
            #expect(text.contains("Invoice FP-\(order)-\(new) of ¥750.00") && text.contains("replaces invoice FP-\(order)-\(replaced)"), "\(text)")
        }

        let listed = try await workspace.channelflow(["outbox", "list"])
        let lines = listed.stdoutText.split(separator: "\n").filter { $0.contains("invoice_reissued\temail") }
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("\tf***@example.com\tsent\t") }, "\(listed.stdoutText)")
        for output in [sent, listed.stdoutText, delivered.stdoutText, delivered.stderrText, run.stdoutText, run.stderrText] {
            #expect(!output.contains("finance@example.com"))
        }
    }

    @Test("declined: no invoice, and downloading one is refused clearly")
    func declinedInvoice() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await newCertificate(workspace, wantInvoice: false)
        let run = try await query(workspace, order, ["download_invoice"])
        #expect(run.exitStatus == 1)
        let message = try #require(try RunSummary(run).error).message
        #expect(message.en == "order \(order) has no invoice (none was asked for, nothing was paid, or it is not paid yet)")
        #expect(!(try await workspace.show(order).events.map(\.kind).contains("invoice_issued")))
    }

    @Test("a zero amount (gov_portal's free seal change) takes no invoice")
    func zeroAmountNoInvoice() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let change = try await workspace.run("gov_portal", "seal_change", answers: ShippedAnswers.path("gov_portal", "seal_change"))
        try #require(change.exitStatus == 0, "\(change.stderrText)")
        let order = try RunSummary(change).order
        let answers = try workspace.write("""
            query: {uscc: 51110000500001253C, query_method: legal_rep}
            legal_rep_check:
              legal_rep_method: legal_rep_phone
              legal_rep_id: "510107199511110350"
              legal_rep_mobile: "18012345678"
            legal_rep_code: {legal_rep_sms_code: {sandbox: sms}, captcha_code: {sandbox: captcha}}
            order_list: {list_operation: view, selected_order: \(order)}
            order_detail: {detail_operation: download_invoice}
            """, to: "zero.yaml")
        let run = try await workspace.channelflow(
            ["orders", "query", "--channel", "gov_portal", "--answers", answers, "--project", workspace.project, "--json"])
        #expect(run.exitStatus == 1)
        #expect(try RunSummary(run).error?.message.zh == "订单 \(order) 没有发票（未申请发票、金额为零或尚未支付）")
        #expect(!(try await workspace.show(order).events.map(\.kind).contains("invoice_issued")))
    }
}
