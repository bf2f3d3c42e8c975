import Foundation
import Testing

/// `channelflow review` on the built binary: the queue with deadlines from `Calendars/`, a
/// rejection the applicant sees and answers, an approval that lets the flow go on, and a deadline
/// that is unknown until the missing year's calendar file is added.
@Suite("channelflow review")
struct ReviewCommandTests {
    private func review(
        _ arguments: [String], _ workspace: OrderWorkspace, now: String = OrderWorkspace.now, environment: [String: String] = [:]
    ) async throws -> ChannelFlowBinary.Run {
        var merged = ["CHANNELFLOW_NOW": now]
        merged.merge(environment) { _, new in new }
        return try await workspace.channelflow(["review"] + arguments + ["--project", workspace.project], environment: merged)
    }

    /// The sample new-certificate order, run to its review wait on `now`.
    private func submitted(_ workspace: OrderWorkspace, now: String = OrderWorkspace.now) async throws -> String {
        let run = try await workspace.run(
            "ca_outlet", "new_certificate", answers: ShippedAnswers.path("ca_outlet", "new_certificate"), environment: ["CHANNELFLOW_NOW": now])
        let summary = try RunSummary(run)
        try #require(summary.stop == "waiting" && summary.step == "review", "\(run.stdoutText)\n\(run.stderrText)")
        return summary.order
    }

    @Test func rejectedOrderComesBackWithTheReasonAndIsApprovedAfterwards() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await submitted(workspace)
        let listed = try await review(["list"], workspace)
        #expect(listed.stdoutText == "\(order)\tca_outlet\tnew_certificate\t91110000600037341L\t2026-11-25\t2026-11-26\t\n", "\(listed.stderrText)")

        let reason = "营业执照照片模糊，请重新上传（联系 13812345678）"
        let rejected = try await review(["reject", order, "--reason", reason, "--return-to", "materials", "--operator", "王审核"], workspace)
        #expect(rejected.exitStatus == 0, "\(rejected.stderrText)")
        #expect(rejected.stdoutText == "order \(order) is returned to step materials\n")
        let shown = try await workspace.channelflow(["show", order, "--project", workspace.project])
        #expect(shown.stdoutText.contains("""
          review decisions:
            rejected by 王审核 2026-11-25T10:00:00+08:00: 营业执照照片模糊，请重新上传（联系 138****5678）; back to step materials
          answers:

        """), "\(shown.stdoutText)")
        #expect(!shown.stdoutText.contains("13812345678"))
        let back = try await workspace.show(order)
        #expect(back.status == "active" && back.step == "materials")
        #expect(back.path == ["choose_verification", "enterprise", "agent", "purchase", "confirm"])
        #expect(try await review(["list"], workspace).stdoutText == "\n")

        let resumed = try await workspace.resume(order, answers: ShippedAnswers.path("ca_outlet", "new_certificate"))
        #expect(try RunSummary(resumed).step == "review", "\(resumed.stdoutText)")
        let approved = try await review(["approve", order, "--reason", "材料齐全"], workspace, environment: ["USER": "李审核"])
        #expect(approved.exitStatus == 0, "\(approved.stderrText)")
        #expect(approved.stdoutText.contains("✓ issued  审核通过，证书已签发 · Approved and issued"), "\(approved.stdoutText)")

        let done = try await workspace.show(order)
        #expect(done.status == "completed")
        #expect(done.payments.map(\.status) == ["paid"])
        let decisions = done.events.filter { $0.kind.hasPrefix("review_") }.map(\.description)
        #expect(decisions == [
            #"review_rejected review {"by":"王审核","reason":"营业执照照片模糊，请重新上传（联系 138****5678）","return_to":"materials"}"#,
            #"review_approved review {"by":"李审核","reason":"材料齐全"}"#,
        ])
        let history = try await review(["show", order], workspace)
        #expect(history.stdoutText.contains("""
          review decisions:
            rejected by 王审核 2026-11-25T10:00:00+08:00: 营业执照照片模糊，请重新上传（联系 138****5678）; back to step materials
            approved by 李审核 2026-11-25T10:00:00+08:00: 材料齐全
          answers:

        """), "\(history.stdoutText)")
    }

    @Test func unknownDeadlineIsFlaggedUntilTheYearsFileIsAdded() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        let workspace = try OrderWorkspace(project: project.path)
        defer { workspace.remove() }
        let lastDay = "2026-12-31T10:00:00+08:00"
        let order = try await submitted(workspace, now: lastDay)

        let flagged = try await review(["list"], workspace, now: lastDay)
        #expect(flagged.stdoutText == """
        \(order)\tca_outlet\tnew_certificate\t91110000600037341L\t2026-12-31\tunknown\t! no calendar for 2027
        ! 1 order has an unknown deadline: add the missing year's calendar file (Calendars/YYYY.yaml)

        """, "\(flagged.stdoutText)")
        let json = try await review(["list", "--json"], workspace, now: lastDay)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [[String: Any]])
        let deadline = try #require(items.first?["review"] as? [String: Any])
        #expect(deadline["due"] is NSNull)
        #expect((deadline["unknown"] as? [String: String])?["zh"] == "没有 2027 年的日历")
        let shown = try await workspace.channelflow(["show", order, "--project", workspace.project], environment: ["CHANNELFLOW_NOW": lastDay])
        #expect(shown.stdoutText.contains("  review due: unknown: no calendar for 2027\n"), "\(shown.stdoutText)")

        try project.addCalendar2027()
        let fixed = try await review(["list"], workspace, now: lastDay)
        #expect(fixed.stdoutText == "\(order)\tca_outlet\tnew_certificate\t91110000600037341L\t2026-12-31\t2027-01-04\t\n", "\(fixed.stdoutText)")
        let overdue = try await review(["list", "--overdue"], workspace, now: "2027-01-05T09:00:00+08:00")
        #expect(overdue.stdoutText == "\(order)\tca_outlet\tnew_certificate\t91110000600037341L\t2026-12-31\t2027-01-04\toverdue\n")
        #expect(try await review(["list", "--overdue"], workspace, now: "2027-01-04T18:00:00+08:00").stdoutText == "\n")
    }

    @Test func decisionsNeedAnOperatorAWaitingOrderAndACompletedStep() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let order = try await submitted(workspace)
        let anonymous = try await review(["approve", order], workspace, environment: ["USER": ""])
        #expect(anonymous.exitStatus == 2)
        #expect(anonymous.stderrText.contains("give --operator NAME"))
        let nowhere = try await review(["reject", order, "--reason", "x", "--return-to", "issued", "--operator", "王审核"], workspace)
        #expect(nowhere.exitStatus == 1)
        #expect(nowhere.stderrText.contains("cannot return to step issued: it is not a step the order completed; choose one of choose_verification, "))
        let blank = try await review(["reject", order, "--reason", "  ", "--return-to", "materials", "--operator", "王审核"], workspace)
        #expect(blank.exitStatus == 2)
        let unknownOrder = try await review(["approve", "CF20261125-NOSUCH", "--operator", "王审核"], workspace)
        #expect(unknownOrder.exitStatus == 1)
        _ = try await workspace.channelflow(["cancel", order])
        let cancelled = try await review(["approve", order, "--operator", "王审核"], workspace)
        #expect(cancelled.exitStatus == 1)
        #expect(cancelled.stderrText.contains("order \(order) is not waiting for review (cancelled at step review)"), "\(cancelled.stderrText)")
    }
}
