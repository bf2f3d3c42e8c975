import Foundation
import Testing

/// `channelflow lint` over the working-day calendar: broken calendar files are positioned errors,
/// and a calendar that does not cover the reviews starting today is a warning.
@Suite("channelflow lint on Calendars/")
struct CalendarLintTests {
    private func environment(today: String) -> [String: String] {
        ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8", "CHANNELFLOW_NOW": today + "T10:00:00+08:00"]
    }

    @Test func reviewsReachingAYearWithoutCalendarAreFlagged() async throws {
        let binary = try ChannelFlowBinary.located()
        let late = environment(today: "2026-12-21")
        let run = try await binary.run(["lint"], environment: late, currentDirectory: ShippedProject.root.path)
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        let line = try #require(run.stdoutText.split(separator: "\n").first { $0.hasSuffix("[calendar-coverage]") }, "\(run.stdoutText)")
        #expect(line.contains(": warning: a review of 5 working days submitted today (2026-12-21) needs the calendar of 2027"), "\(line)")
        #expect(line.hasPrefix("Flows/") || line.hasPrefix("Channels/"), "\(line)")
        #expect(try await binary.run(["lint", "--strict"], environment: late, currentDirectory: ShippedProject.root.path).exitStatus == 1)
        let november = try await binary.run(["lint", "--strict"], environment: environment(today: "2026-11-25"), currentDirectory: ShippedProject.root.path)
        #expect(november.exitStatus == 0, "\(november.stdoutText)")
    }

    @Test func addingTheYearsFileClearsTheWarning() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.addCalendar2027()
        let run = try await ChannelFlowBinary.located().run(["lint", "--strict"], environment: environment(today: "2026-12-21"), currentDirectory: project.path)
        #expect(run.exitStatus == 0, "\(run.stdoutText)")
    }

    @Test func aBrokenCalendarFileIsAPositionedError() async throws {
        let project = try ShippedProject()
        defer { project.remove() }
        try project.replace("{date: 2026-05-09,", with: "{date: 2026-05-11,", in: "Calendars/2026.yaml")
        let text = try String(contentsOfFile: project.path + "/Calendars/2026.yaml", encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("2026-05-11") }) + 1
        let run = try await ChannelFlowBinary.located().run(["lint"], environment: environment(today: "2026-11-25"), currentDirectory: project.path)
        #expect(run.exitStatus == 1)
        #expect(run.stdoutText.contains("""
        Calendars/2026.yaml:\(line):12: error: make-up day 2026-05-11 is a Mon: make-up working days are Saturdays or Sundays [calendar-data]
        """), "\(run.stdoutText)")
    }
}
