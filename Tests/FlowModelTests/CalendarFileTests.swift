import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowYAML
import Foundation
import Testing

/// The shipped `Calendars/` files against the domain reference's vectors, and the loader rules of
/// calendar files with their positions.
@Suite struct CalendarFileTests {
    private static let fixtures = Repository.root.appendingPathComponent("Tests/FlowDomainTests/Fixtures")

    private func shipped() throws -> Project {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Calendars").path)
        return Project.read(try names.sorted().filter { $0.hasSuffix(".yaml") }.map { try Repository.source("Calendars/\($0)") })
    }

    private func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Reads calendar files given as (path, text) and returns their issues as `path:line:col kind: message`.
    private func issues(_ files: [(String, String)]) -> [String] {
        let project = Project.read(files.map { SourceFile(path: $0.0, text: $0.1) })
        let schema = project.schemaIssues.map { "\($0.path):\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
        let data = CalendarChecks.issues(project.calendars).map { "\($0.path):\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
        return project.yamlErrors.map { "\($0.path) yaml: \($0.message.en)" } + schema + data
    }

    private static let header = """
    schema: cn-workdays/v1
    year: 2026
    source: {title: 国务院办公厅关于2026年部分节假日安排的通知, published: 2025-11-04}

    """

    @Test func shippedFilesAreCleanAndExpandToTheReferenceSets() throws {
        let project = try shipped()
        #expect(project.calendars.map(\.source.path) == ["Calendars/2025.yaml", "Calendars/2026.yaml"])
        #expect(project.schemaIssues.isEmpty && project.yamlErrors.isEmpty)
        #expect(CalendarChecks.issues(project.calendars).isEmpty)
        let years = Dictionary(uniqueKeysWithValues: project.calendars.compactMap { $0.model?.calendarYear }.map { ($0.year, $0) })
        let table = try rows("workdays.tsv")
        #expect(table.count == 2)
        for row in table {
            let year = try #require(years[Int(row[0]) ?? 0], "no calendar for \(row[0])")
            #expect(Set(year.holidays.flatMap(\.days)) == expand(row[1], in: year.year))
            #expect(Set(year.makeUpDays.map(\.date)) == expand(row[2], in: year.year))
        }
    }

    @Test func shippedCalendarMeetsTheDeadlineTable() throws {
        let calendar = try shipped().calendar
        let table = try rows("deadlines.tsv")
        #expect(table.count == 12)
        for row in table {
            let submitted = try #require(CivilDate(iso8601: row[0]))
            let count = try #require(Int(row[1]))
            if let expected = CivilDate(iso8601: row[2]) {
                #expect(try calendar.deadline(submittedOn: submitted, workingDays: count) == expected, "\(row)")
            } else {
                #expect(throws: CalendarError.missingYear(Int(row[2].dropFirst(6)) ?? 0)) {
                    try calendar.deadline(submittedOn: submitted, workingDays: count)
                }
            }
        }
    }

    @Test func aFileIsNamedAfterItsYear() {
        #expect(issues([("Calendars/2025.yaml", Self.header + "holidays: []\nworkdays: []\n")]) == [
            "Calendars/2025.yaml:2:7 calendar-data: the calendar of 2026 must be in a file named 2026.yaml, not 2025.yaml",
        ])
    }

    @Test func makeUpDaysAreWeekendsOfTheFileNamingItsHolidays() {
        let found = issues([("Calendars/2026.yaml", Self.header + """
        holidays:
          - {name_zh: 国庆节, name_en: National Day, from: 2026-10-01, to: 2026-10-07}
        workdays:
          - {date: 2026-09-21, holiday: 国庆节}
          - {date: 2026-10-04, holiday: 国庆}
          - {date: 2026-10-10, holiday: 国庆节}
          - {date: 2026-10-10, holiday: 国庆节}
        """)])
        #expect(found == [
            "Calendars/2026.yaml:7:12 calendar-data: make-up day 2026-09-21 is a Mon: make-up working days are Saturdays or Sundays",
            "Calendars/2026.yaml:8:33 calendar-data: unknown holiday \"国庆\"; expected one of \"国庆节\"; did you mean \"国庆节\"? (a make-up day names the name_zh of a block of this file)",
            "Calendars/2026.yaml:8:12 calendar-data: 2026-10-04 is both a make-up working day and a day off (in the block starting at 5:49)",
            "Calendars/2026.yaml:10:12 calendar-data: make-up day 2026-10-10 is listed twice (first at 9:12)",
        ])
    }

    @Test func blocksRunForwardsWithinTheYearAndDoNotOverlap() {
        let found = issues([("Calendars/2026.yaml", Self.header + """
        holidays:
          - {name_zh: 国庆节, name_en: National Day, from: 2026-10-01, to: 2026-10-07}
          - {name_zh: 中秋节, name_en: Mid-Autumn Festival, from: 2026-10-06, to: 2026-10-08}
          - {name_zh: 劳动节, name_en: Labour Day, from: 2026-05-05, to: 2026-05-01}
          - {name_zh: 元旦, name_en: New Year's Day, from: 2026-12-31, to: 2027-01-01}
          - {name_zh: 国庆节, name_en: National Day, from: 2026-11-01, to: 2026-11-01}
        workdays: []
        """)])
        #expect(found == [
            "Calendars/2026.yaml:6:56 calendar-data: this block overlaps the one starting at 5:49 on 2026-10-06",
            "Calendars/2026.yaml:7:63 calendar-data: the block ends (2026-05-01) before it starts (2026-05-05)",
            "Calendars/2026.yaml:8:66 calendar-data: 2027-01-01 is not in 2026",
            "Calendars/2026.yaml:9:15 calendar-data: holiday \"国庆节\" is listed twice (first at 5:15)",
        ])
    }

    /// A calendar of `year` with one New Year block from `from` to 1 January, and a make-up day.
    private func newYear(_ year: Int, from: String, makeUp: String?) -> String {
        """
        schema: cn-workdays/v1
        year: \(year)
        source: {title: 国务院办公厅关于\(year)年部分节假日安排的通知, published: \(year - 1)-11-30}
        holidays:
          - {name_zh: 元旦, name_en: New Year's Day, from: \(from), to: \(year)-01-01}
        workdays:\(makeUp.map { "\n  - {date: \($0), holiday: 元旦}" } ?? " []")
        """
    }

    /// The 2019 notice gave Monday 2018-12-31 off and made Saturday 2018-12-29 a working day.
    @Test func aNewYearBlockMayReachBackIntoLateDecember() throws {
        #expect(issues([("Calendars/2019.yaml", newYear(2019, from: "2018-12-30", makeUp: "2018-12-29"))]).isEmpty)
        #expect(issues([("Calendars/2019.yaml", newYear(2019, from: "2018-12-20", makeUp: "2018-12-29"))]) == [
            "Calendars/2019.yaml:5:50 calendar-data: 2018-12-20 is not in 2019; only a New Year block may start in 25–31 December of 2018",
            "Calendars/2019.yaml:7:12 calendar-data: 2018-12-29 is not in 2019; only the make-up day of a New Year block reaching back may lie in late 2018",
        ])
    }

    @Test func filesDoNotRepeatAYearOrADay() {
        let year2018 = newYear(2018, from: "2017-12-30", makeUp: "2018-12-29")
        let year2019 = newYear(2019, from: "2018-12-29", makeUp: nil)
        let found = issues([("Calendars/2018.yaml", year2018), ("Calendars/2019.yaml", year2019), ("Archive/2019.yaml", year2019)])
        #expect(found == [
            "Calendars/2019.yaml:5:50 calendar-data: 2018-12-29 is already listed in another calendar file (Calendars/2018.yaml:7:12)",
            "Archive/2019.yaml:2:7 calendar-data: a second calendar for 2019 (the first is Calendars/2019.yaml:2:7)",
            "Archive/2019.yaml:5:50 calendar-data: 2018-12-29 is already listed in another calendar file (Calendars/2019.yaml:5:50)",
        ])
    }

    @Test func unknownKeysAndWrongShapesAreSchemaIssues() {
        let found = issues([("Calendars/2026.yaml", """
        schema: cn-workdays/v2
        year: 2026
        source: {title: 通知, published: 2025-11-04}
        holidays:
          - {name_zh: 国庆节, name_en: National Day, from: 2026-10-01, until: 2026-10-07}
        workdays:
          - {date: 2026-02-30, holiday: 国庆节}
        """)])
        #expect(found.contains("Calendars/2026.yaml:1:9 invalid-value: invalid value \"cn-workdays/v2\"; expected one of \"cn-workdays/v1\"; did you mean \"cn-workdays/v1\"?"), "\(found)")
        #expect(found.contains { $0.hasPrefix("Calendars/2026.yaml:5:61 unknown-key: unknown key in holiday \"until\"") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Calendars/2026.yaml:5:5 missing-key: missing key \"to\" in holiday") }, "\(found)")
        #expect(found.contains("Calendars/2026.yaml:7:12 invalid-value: \"2026-02-30\" is not a date in the form YYYY-MM-DD"), "\(found)")
    }

    @Test func aFileIsACalendarByItsFirstKeyOrItsFolder() {
        let project = Project.read([
            SourceFile(path: "Elsewhere/2026.yaml", text: Self.header + "holidays: []\nworkdays: []\n"),
            SourceFile(path: "Calendars/2027.yaml", text: "year: 2027\n"),
        ])
        #expect(project.calendars.map(\.source.path) == ["Elsewhere/2026.yaml", "Calendars/2027.yaml"])
        #expect(project.flows.isEmpty)
    }

    private func expand(_ spec: String, in year: Int) -> Set<CivilDate> {
        var days: Set<CivilDate> = []
        for part in spec.split(separator: " ") {
            let ends = part.split(separator: "-").compactMap { end in
                CivilDate(year: year, month: Int(end.prefix(2)) ?? 0, day: Int(end.suffix(2)) ?? 0)
            }
            if let first = ends.first, let last = ends.last { days.formUnion(first.days(through: last)) }
        }
        return days
    }
}
