/// Working days (工作日) under the official holiday calendar, loaded as data per year.
///
/// A date is a working day iff it is a declared make-up day, or it is Monday to Friday and lies in
/// no holiday block. Deadlines follow the product's rule: the *received day* is the submission date
/// when that is a working day, else the next working day; a deadline of N working days is the N-th
/// working day strictly after the received day (0 working days: the received day itself).
///
/// Looking at a date of a year without data fails with ``CalendarError/missingYear(_:)``. So does a
/// date from 25 to 31 December of a year whose following year is missing: a New Year block, and its
/// make-up day, may reach back into the last week of December (the 2019 notice gave Monday
/// 2018-12-31 off), so those days are only known once the next year's notice is loaded.
public struct WorkingCalendar: Sendable {
    /// The loaded years, by year.
    public let years: [Int: CalendarYear]
    private let daysOff: Set<CivilDate>
    private let makeUpDays: Set<CivilDate>

    /// A calendar of the given years; a block reaching into a neighbouring year counts there too.
    public init(_ years: [CalendarYear]) {
        self.years = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        daysOff = Set(years.flatMap { $0.holidays.flatMap(\.days) })
        makeUpDays = Set(years.flatMap { $0.makeUpDays.map(\.date) })
    }

    /// A calendar that knows no year: every question about a date fails with the missing year.
    public static let empty = WorkingCalendar([])

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CivilDate) throws(CalendarError) -> Bool {
        try requireKnown(date)
        if makeUpDays.contains(date) { return true }
        return !date.isWeekend && !daysOff.contains(date)
    }

    /// The day a submission on `date` counts as received: `date` itself when it is a working day,
    /// otherwise the next working day.
    public func receivedDay(submittedOn date: CivilDate) throws(CalendarError) -> CivilDate {
        try isWorkingDay(date) ? date : try workingDay(1, after: date)
    }

    /// The deadline of `workingDays` working days for a submission on `date`: that many working
    /// days strictly after the received day.
    public func deadline(submittedOn date: CivilDate, workingDays: Int) throws(CalendarError) -> CivilDate {
        guard workingDays >= 0 else { throw .negativeCount(workingDays) }
        return try workingDay(workingDays, after: try receivedDay(submittedOn: date))
    }

    /// The `count`-th working day strictly after `date`; `date` itself for 0.
    public func workingDay(_ count: Int, after date: CivilDate) throws(CalendarError) -> CivilDate {
        guard count >= 0 else { throw .negativeCount(count) }
        var day = date
        var remaining = count
        // Ends: every step moves one day on, and a day of a year without data throws.
        while remaining > 0 {
            day = day.adding(days: 1)
            if try isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    private func requireKnown(_ date: CivilDate) throws(CalendarError) {
        guard years[date.year] != nil else { throw .missingYear(date.year) }
        if date.month == 12, date.day >= 25, years[date.year + 1] == nil { throw .missingYear(date.year + 1) }
    }
}
