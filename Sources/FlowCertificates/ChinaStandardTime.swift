public import FlowDomain
public import Foundation

/// China Standard Time (UTC+8, no daylight saving): the time zone of certificate validity days.
public enum ChinaStandardTime {
    /// `seconds` after midnight of `day`.
    public static func instant(_ day: CivilDate, secondsIntoDay seconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 - 8 * 3_600 + seconds))
    }

    /// The day `date` falls on.
    public static func day(of date: Date) -> CivilDate {
        CivilDate.shanghaiDate(epochMilliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
