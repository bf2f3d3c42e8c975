public import FlowDomain
import FlowDiagnostics

/// The loader rules of calendar files beyond their shape: a file is named after its year and its
/// dates lie in that year (a New Year block, and its make-up day, may reach back into 25–31
/// December of the year before); `from` ≤ `to`; blocks do not overlap; make-up days are Saturdays
/// or Sundays, never days off, and name a holiday of the file; nothing is listed twice, and no
/// year has two files.
public enum CalendarChecks {
    /// Every issue of the files, in file order.
    public static func issues(_ files: [ProjectFile<CalendarFile>]) -> [CalendarIssue] {
        var issues: [CalendarIssue] = []
        var years: [Int: Located<Int>] = [:]
        var daysOff: [CivilDate: Located<String>] = [:]
        var makeUpDays: [CivilDate: Located<String>] = [:]
        for file in files {
            guard let calendar = file.model else { continue }
            var check = FileCheck(path: file.source.path, calendar: calendar)
            check.run()
            issues += check.issues
            if let year = calendar.year {
                if let first = years[year.value] {
                    issues.append(issue(at: year, LocalizedMessage(
                        en: "a second calendar for \(year.value) (the first is \(where: first))",
                        zh: "\(year.value) 年的日历重复（首个位于 \(where: first)）")))
                } else {
                    years[year.value] = year
                }
            }
            // Across files only: the blocks of one file are checked against each other by FileCheck.
            var reported: Set<String> = []
            for (day, place) in (check.daysOff.merging(check.makeUpDays) { first, _ in first }).sorted(by: { $0.key < $1.key }) {
                guard let other = daysOff[day] ?? makeUpDays[day], other.path != place.path,
                      reported.insert("\(place.location)").inserted else { continue }
                issues.append(issue(at: place, LocalizedMessage(
                    en: "\(day) is already listed in another calendar file (\(where: other))",
                    zh: "\(day) 已列于另一个日历文件（\(where: other)）")))
            }
            daysOff.merge(check.daysOff) { first, _ in first }
            makeUpDays.merge(check.makeUpDays) { first, _ in first }
        }
        return issues
    }

    /// The calendar the files describe: every year that could be read.
    public static func calendar(_ files: [ProjectFile<CalendarFile>]) -> WorkingCalendar {
        WorkingCalendar(files.compactMap { $0.model?.calendarYear })
    }

    static func issue<Value>(at place: Located<Value>, _ message: LocalizedMessage) -> CalendarIssue {
        CalendarIssue(kind: .calendarData, path: place.path, range: place.range, message: message)
    }
}

extension String.StringInterpolation {
    /// `Calendars/2026.yaml:20:5`: where a value of another file was written.
    mutating func appendInterpolation<Value>(where place: Located<Value>) {
        appendLiteral("\(place.path):\(place.location)")
    }
}

/// The checks of one calendar file.
private struct FileCheck {
    let path: String
    let calendar: CalendarFile
    var issues: [CalendarIssue] = []
    /// Each day off and make-up day of the file, with where it was listed first.
    var daysOff: [CivilDate: Located<String>] = [:]
    var makeUpDays: [CivilDate: Located<String>] = [:]

    init(path: String, calendar: CalendarFile) {
        self.path = path
        self.calendar = calendar
    }

    mutating func run() {
        let year = calendar.year?.value
        if let located = calendar.year {
            let name = String(path.split(separator: "/").last ?? "")
            let stem = name.split(separator: ".").first.map(String.init) ?? name
            if stem != String(located.value) {
                add(located, en: "the calendar of \(located.value) must be in a file named \(located.value).yaml, not \(name)",
                    zh: "\(located.value) 年的日历应保存在 \(located.value).yaml 中，而非 \(name)")
            }
        }
        var names: [String: Located<String>] = [:]
        var reachingBack: Set<String> = []
        for holiday in calendar.holidays {
            if let name = holiday.nameZh {
                if let first = names[name.value] {
                    add(name, en: "holiday \"\(name.value)\" is listed twice (first at \(first.location))",
                        zh: "节日 \"\(name.value)\" 重复（首次位于 \(first.location)）")
                } else {
                    names[name.value] = name
                }
            }
            guard let fromText = holiday.from, let toText = holiday.to,
                  let from = CalendarFile.date(fromText), let to = CalendarFile.date(toText) else { continue }
            guard from <= to else {
                add(toText, en: "the block ends (\(to)) before it starts (\(from))", zh: "放假时段的结束日（\(to)）早于开始日（\(from)）")
                continue
            }
            if let year {
                if to.year != year {
                    add(toText, en: "\(to) is not in \(year)", zh: "\(to) 不在 \(year) 年")
                    continue
                }
                if from.year != year {
                    guard Self.isLastWeek(from, of: year - 1) else {
                        add(fromText, en: "\(from) is not in \(year); only a New Year block may start in 25–31 December of \(year - 1)",
                            zh: "\(from) 不在 \(year) 年；只有元旦假期可从 \(year - 1) 年 12 月 25–31 日开始")
                        continue
                    }
                    if let name = holiday.nameZh?.value { reachingBack.insert(name) }
                }
            }
            let days = from.days(through: to)
            if let clash = days.first(where: { daysOff[$0] != nil }), let first = daysOff[clash] {
                add(fromText, en: "this block overlaps the one starting at \(first.location) on \(clash)",
                    zh: "此放假时段与 \(first.location) 开始的时段在 \(clash) 重叠")
            }
            for day in days where daysOff[day] == nil { daysOff[day] = fromText }
        }
        for workday in calendar.workdays {
            guard let text = workday.date, let date = CalendarFile.date(text) else { continue }
            let holiday = workday.holiday
            if let holiday, names[holiday.value] == nil {
                let message = Alternatives.message(
                    found: holiday.value, expected: Array(names.keys),
                    what: LocalizedMessage(en: "holiday", zh: "节日"), unknownWord: LocalizedMessage(en: "unknown", zh: "不存在"))
                issues.append(CalendarChecks.issue(at: holiday, LocalizedMessage(
                    en: message.en + " (a make-up day names the name_zh of a block of this file)",
                    zh: message.zh + "（调休上班日须填写本文件中某放假时段的 name_zh）")))
            }
            if let year, date.year != year {
                let reachesBack = holiday.map { reachingBack.contains($0.value) } ?? false
                if !(reachesBack && Self.isLastWeek(date, of: year - 1)) {
                    add(text, en: "\(date) is not in \(year); only the make-up day of a New Year block reaching back may lie in late \(year - 1)",
                        zh: "\(date) 不在 \(year) 年；只有跨年元旦假期的调休上班日可在 \(year - 1) 年末")
                }
            }
            if !date.isWeekend {
                add(text, en: "make-up day \(date) is a \(date.weekdayName.en): make-up working days are Saturdays or Sundays",
                    zh: "调休上班日 \(date) 是\(date.weekdayName.zh)：调休上班日应为周六或周日")
            }
            if let off = daysOff[date] {
                add(text, en: "\(date) is both a make-up working day and a day off (in the block starting at \(off.location))",
                    zh: "\(date) 既是调休上班日又是放假日（位于 \(off.location) 开始的时段）")
            }
            if let first = makeUpDays[date] {
                add(text, en: "make-up day \(date) is listed twice (first at \(first.location))", zh: "调休上班日 \(date) 重复（首次位于 \(first.location)）")
            } else {
                makeUpDays[date] = text
            }
        }
    }

    private mutating func add<Value>(_ place: Located<Value>, en: String, zh: String) {
        issues.append(CalendarChecks.issue(at: place, LocalizedMessage(en: en, zh: zh)))
    }

    /// 25–31 December of `year`, where a New Year block of the next year may begin.
    private static func isLastWeek(_ date: CivilDate, of year: Int) -> Bool {
        date.year == year && date.month == 12 && date.day >= 25
    }
}
