internal import FlowDomain

/// Date arithmetic by day number (days since 1970-01-01), bounded to the dates `CivilDate` holds.
enum DayNumber {
    /// Day number of 0001-01-01, the first date `CivilDate` can hold.
    static let first = -719_162
    /// Day number of 9999-12-31, the last date `CivilDate` can hold.
    static let last = 2_932_896

    /// The day number of `date`.
    static func of(_ date: CivilDate) -> Int {
        date.daysSinceEpoch
    }

    /// The date of day number `days`, or nil outside the years 1 ... 9999.
    static func date(_ days: Int) -> CivilDate? {
        guard (first...last).contains(days), let epoch = CivilDate(year: 1970, month: 1, day: 1) else { return nil }
        return epoch.adding(days: days)
    }

    /// `date` moved by `days` (negative: earlier); nil when the result leaves years 1 ... 9999.
    static func adding(_ days: Int64, to date: CivilDate) -> CivilDate? {
        // Any |days| beyond the span of representable dates lands outside it anyway.
        let span = Int64(last - first)
        guard (-span...span).contains(days), let offset = Int(exactly: days) else { return nil }
        return Self.date(of(date) + offset)
    }

    /// Days from `start` to `end`, negative when `end` is earlier.
    static func between(_ start: CivilDate, _ end: CivilDate) -> Int64 {
        Int64(of(end) - of(start))
    }

    /// Parses exactly `YYYY-MM-DD` into a date that exists, or nil.
    static func parse(_ text: String) -> CivilDate? {
        CivilDate(iso8601: text)
    }
}
