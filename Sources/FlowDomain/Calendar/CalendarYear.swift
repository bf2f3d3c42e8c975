/// One year of the official holiday arrangement (《国务院办公厅关于YYYY年部分节假日安排的通知》):
/// its blocks of days off and the weekend days declared working days to make up for them.
public struct CalendarYear: Sendable, Hashable {
    /// The year of the notice; a New Year block may reach back into the last week of the year before.
    public let year: Int
    public let holidays: [HolidayBlock]
    public let makeUpDays: [MakeUpDay]

    public init(year: Int, holidays: [HolidayBlock], makeUpDays: [MakeUpDay]) {
        self.year = year
        self.holidays = holidays
        self.makeUpDays = makeUpDays
    }
}

/// Consecutive days off (放假) around a holiday, weekends included.
public struct HolidayBlock: Sendable, Hashable {
    /// The holiday's name in Chinese and English (`春节`, `Spring Festival`).
    public let name: DomainMessage
    /// The first day off.
    public let from: CivilDate
    /// The last day off, on or after `from`.
    public let to: CivilDate

    public init(name: DomainMessage, from: CivilDate, to: CivilDate) {
        self.name = name
        self.from = from
        self.to = to
    }

    /// Every day of the block, first to last.
    public var days: [CivilDate] { from.days(through: to) }
}

/// A Saturday or Sunday declared a working day (调休上班) to make up for a holiday block.
public struct MakeUpDay: Sendable, Hashable {
    public let date: CivilDate
    /// The Chinese name of the holiday block it makes up for.
    public let holiday: String

    public init(date: CivilDate, holiday: String) {
        self.date = date
        self.holiday = holiday
    }
}
