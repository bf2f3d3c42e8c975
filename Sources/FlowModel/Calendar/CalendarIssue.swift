/// A way calendar data is wrong beyond its shape (a date outside its year, a make-up day on a
/// weekday, two blocks over the same day …), found while reading the calendar files.
public typealias CalendarIssue = ModelIssue<CalendarIssueKind>

/// The kinds of calendar issues; the raw value is the rule id.
public enum CalendarIssueKind: String, Sendable, CaseIterable {
    case calendarData = "calendar-data"
}
