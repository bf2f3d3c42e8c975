import Foundation
import Testing

/// `channelflow calendar show` and `calendar due` on the built binary, over the shipped
/// `Calendars/` and the deadline table of the domain reference.
@Suite("channelflow calendar")
struct CalendarCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    private func calendar(_ arguments: [String], in folder: String = ShippedProject.root.path) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(["calendar"] + arguments, environment: english, currentDirectory: folder)
    }

    @Test func showListsTheDaysOffAndMakeUpDays() async throws {
        let text = try await calendar(["show", "2026"])
        #expect(text.exitStatus == 0, "\(text.stderrText)")
        #expect(text.stdoutText.contains("days off (33 in 7 blocks):\n"), "\(text.stdoutText)")
        #expect(text.stdoutText.contains("  2026-02-15 Sun – 2026-02-23 Mon  春节 Spring Festival  9 days\n"))
        #expect(text.stdoutText.contains("make-up working days (6):\n  2026-01-04 Sun  元旦 New Year's Day\n"))
        let chinese = try await calendar(["show", "2025", "--lang", "zh"])
        #expect(chinese.stdoutText.contains("调休上班（5 天）：\n  2025-01-26 周日  春节 Spring Festival\n"), "\(chinese.stdoutText)")

        let json = try await calendar(["show", "2025", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let blocks = try #require(document["days_off"] as? [[String: Any]])
        #expect(blocks.compactMap { $0["days"] as? Int }.reduce(0, +) == 28)
        #expect((document["make_up_days"] as? [[String: Any]])?.map { $0["date"] as? String } == ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"])
    }

    /// Every row of the reference's deadline table, through the command operators use.
    @Test func dueMeetsTheDeadlineTable() async throws {
        let table = try String(contentsOf: ShippedProject.root.appendingPathComponent("Tests/FlowDomainTests/Fixtures/deadlines.tsv"), encoding: .utf8)
        let rows = table.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 12)
        for row in rows {
            let run = try await calendar(["due", row[0], row[1], "--json"])
            if row[2].hasPrefix("error ") {
                #expect(run.exitStatus == 1, "\(row)")
                #expect(run.stderrText == "no calendar for \(row[2].dropFirst(6))\n", "\(row)")
                #expect(run.stdout.isEmpty)
            } else {
                #expect(run.exitStatus == 0, "\(row): \(run.stderrText)")
                let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
                #expect(document["date"] as? String == row[2], "\(row)")
            }
        }
    }

    @Test func dueSaysWhenTheOrderIsReceived() async throws {
        let saturday = try await calendar(["due", "2026-03-07", "1"])
        #expect(saturday.stdoutText == "2026-03-10 Tue (received 2026-03-09 Mon, 1 working day)\n")
        let chinese = try await calendar(["due", "2026-12-31", "1", "--lang", "zh"])
        #expect(chinese.exitStatus == 1)
        #expect(chinese.stderrText == "没有 2027 年的日历\n")
    }

    @Test func badInputIsAUsageErrorAndAMissingYearAnInputError() async throws {
        #expect(try await calendar(["due", "2026-02-30", "1"]).exitStatus == 2)
        #expect(try await calendar(["due", "2026-02-03", "-1"]).exitStatus == 2)
        #expect(try await calendar(["show", "twenty"]).exitStatus == 2)
        let missing = try await calendar(["show", "2027"])
        #expect(missing.exitStatus == 1)
        #expect(missing.stderrText == "no calendar for 2027: add Calendars/2027.yaml from the State Council's notice\n")
    }

    @Test func brokenFilesAreRefusedWithTheirPosition() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace("{date: 2026-05-09,", with: "{date: 2026-05-11,", in: "Calendars/2026.yaml")
        let run = try await calendar(["due", "2026-05-06", "1", "--project", project.path], in: ShippedProject.root.path)
        #expect(run.exitStatus == 1)
        #expect(run.stderrText.contains("the calendar files have errors: "), "\(run.stderrText)")
        #expect(run.stderrText.contains("Calendars/2026.yaml:"))
        #expect(run.stderrText.contains(": make-up day 2026-05-11 is a Mon: make-up working days are Saturdays or Sundays; run `channelflow lint`"))
    }

    @Test func aProjectWithoutCalendarsKnowsNoYear() async throws {
        let empty = try TemporaryDirectory(prefix: "channelflow-calendar")
        defer { empty.remove() }
        let run = try await calendar(["due", "2026-05-06", "1"], in: empty.path)
        #expect(run.exitStatus == 1)
        #expect(run.stderrText == "no calendar for 2026\n")
    }
}
