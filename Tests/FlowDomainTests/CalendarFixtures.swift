import FlowDomain
import Foundation
import Testing

/// The calendar fixtures of the shared domain reference: the expanded days off and make-up days
/// per year (`Fixtures/workdays.tsv`) and the deadline table of its section 6
/// (`Fixtures/deadlines.tsv`).
enum CalendarFixtures {
    /// One year's expected sets and counts.
    struct Year: Sendable {
        let year: Int
        let daysOff: Set<CivilDate>
        let makeUpDays: Set<CivilDate>
        let daysOffCount: Int
        let makeUpCount: Int
        let workingDays: Int

        /// The year as calendar data: one block per range of the fixture.
        var calendarYear: CalendarYear {
            CalendarYear(year: year, holidays: blocks, makeUpDays: makeUpDays.sorted().map { MakeUpDay(date: $0, holiday: "") })
        }

        private var blocks: [HolidayBlock] {
            var blocks: [HolidayBlock] = []
            for day in daysOff.sorted() {
                if let last = blocks.last, last.to.adding(days: 1) == day {
                    blocks[blocks.count - 1] = HolidayBlock(name: last.name, from: last.from, to: day)
                } else {
                    blocks.append(HolidayBlock(name: DomainMessage(zh: "\(day)", en: "\(day)"), from: day, to: day))
                }
            }
            return blocks
        }
    }

    /// One row of the deadline table; `deadline` nil means "error", with the missing year.
    struct Deadline: Sendable, CustomTestStringConvertible {
        let submitted: CivilDate
        let workingDays: Int
        let deadline: CivilDate?
        let missingYear: Int?
        let why: String

        var testDescription: String { "\(submitted) + \(workingDays)" }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let years: [Year] = (try? rows("workdays.tsv").map(year)) ?? []
    static let deadlines: [Deadline] = (try? rows("deadlines.tsv").map(deadline)) ?? []

    static var calendar: WorkingCalendar { WorkingCalendar(years.map(\.calendarYear)) }

    private static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private static func year(_ columns: [String]) throws -> Year {
        guard columns.count == 6, let year = Int(columns[0]) else { throw FixtureError.badRow(columns.joined(separator: "\t")) }
        return Year(
            year: year, daysOff: try expand(columns[1], in: year), makeUpDays: try expand(columns[2], in: year),
            daysOffCount: Int(columns[3]) ?? -1, makeUpCount: Int(columns[4]) ?? -1, workingDays: Int(columns[5]) ?? -1)
    }

    private static func deadline(_ columns: [String]) throws -> Deadline {
        guard columns.count == 4, let submitted = CivilDate(iso8601: columns[0]), let count = Int(columns[1]) else {
            throw FixtureError.badRow(columns.joined(separator: "\t"))
        }
        let missing = columns[2].hasPrefix("error ") ? Int(columns[2].dropFirst(6)) : nil
        return Deadline(submitted: submitted, workingDays: count, deadline: CivilDate(iso8601: columns[2]), missingYear: missing, why: columns[3])
    }

    /// `"0101-0103 0215"` → every date those month-day ranges cover in `year`.
    static func expand(_ spec: String, in year: Int) throws -> Set<CivilDate> {
        var days: Set<CivilDate> = []
        for part in spec.split(separator: " ") {
            let ends = part.split(separator: "-").map(String.init)
            guard let first = ends.first.flatMap({ date($0, year) }), let last = ends.last.flatMap({ date($0, year) }) else {
                throw FixtureError.badRow(spec)
            }
            var day = first
            while day <= last {
                days.insert(day)
                day = day.adding(days: 1)
            }
        }
        return days
    }

    private static func date(_ monthDay: String, _ year: Int) -> CivilDate? {
        guard monthDay.count == 4, let month = Int(monthDay.prefix(2)), let day = Int(monthDay.suffix(2)) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    enum FixtureError: Error {
        case badRow(String)
    }
}
