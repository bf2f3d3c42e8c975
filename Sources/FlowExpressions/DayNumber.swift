internal import FlowDomain

/// Date arithmetic by day number (days since 1970-01-01), which `CivilDate` does not expose.
enum DayNumber {
    /// Day number of 0001-01-01, the first date `CivilDate` can hold.
    static let first = -719_162
    /// Day number of 9999-12-31, the last date `CivilDate` can hold.
    static let last = 2_932_896

    /// The day number of `date` (Howard Hinnant's `days_from_civil`).
    static func of(_ date: CivilDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of day number `days`, or nil outside the years 1 ... 9999.
    static func date(_ days: Int) -> CivilDate? {
        guard (first...last).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilDate(year: year, month: month, day: day)
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
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for scalar in scalars[range] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - ("0" as Unicode.Scalar).value)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
