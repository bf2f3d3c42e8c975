/// Why a working-day question has no answer. The calendar never guesses: a date whose year has
/// no data is an error that names the year, never a weekday-only fallback.
public enum CalendarError: Error, Sendable, Hashable {
    /// No holiday arrangement is loaded for this year.
    case missingYear(Int)
    /// A count of working days cannot be negative.
    case negativeCount(Int)

    /// The reason in Chinese and English (`没有 2027 年的日历` / `no calendar for 2027`).
    public var message: DomainMessage {
        switch self {
        case let .missingYear(year):
            DomainMessage(zh: "没有 \(year) 年的日历", en: "no calendar for \(year)")
        case let .negativeCount(count):
            DomainMessage(zh: "工作日数不能为负数：\(count)", en: "a number of working days cannot be negative: \(count)")
        }
    }
}
