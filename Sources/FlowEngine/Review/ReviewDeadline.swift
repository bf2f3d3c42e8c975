public import FlowDomain
public import FlowModel

/// When a review is due: the flow's `review` rule (min–max working days) applied to the day the
/// order was submitted, under the calendar at hand. Computed whenever it is read, so an order whose
/// deadline was unknown gets it as soon as the missing year's calendar file is added.
public struct ReviewDeadline: Sendable, Hashable {
    /// The day the order was submitted for review (Asia/Shanghai).
    public var submitted: CivilDate
    public var minWorkingDays: Int
    public var maxWorkingDays: Int
    public var due: Due

    /// The deadline, or why the calendar cannot tell.
    public enum Due: Sendable, Hashable {
        /// Received on `received`; due between `earliest` and `latest` (equal for "1 working day").
        case known(received: CivilDate, earliest: CivilDate, latest: CivilDate)
        /// Not computed, never guessed: the calendar lacks a year.
        case unknown(CalendarError)
    }

    public init(submitted: CivilDate, rule: ReviewRule, calendar: WorkingCalendar) {
        self.submitted = submitted
        minWorkingDays = rule.minWorkingDays.value
        maxWorkingDays = rule.maxWorkingDays.value
        do throws(CalendarError) {
            due = .known(
                received: try calendar.receivedDay(submittedOn: submitted),
                earliest: try calendar.deadline(submittedOn: submitted, workingDays: minWorkingDays),
                latest: try calendar.deadline(submittedOn: submitted, workingDays: maxWorkingDays))
        } catch {
            due = .unknown(error)
        }
    }

    /// The working days of the rule: `1` or `3-5`.
    public var workingDays: String {
        minWorkingDays == maxWorkingDays ? "\(minWorkingDays)" : "\(minWorkingDays)-\(maxWorkingDays)"
    }

    /// The last day the review may take, when known.
    public var latest: CivilDate? {
        if case let .known(_, _, latest) = due { return latest }
        return nil
    }

    /// Past its latest day on `today`; an unknown deadline is never overdue, it is flagged instead.
    public func isOverdue(on today: CivilDate) -> Bool {
        latest.map { today > $0 } ?? false
    }

    /// `2026-11-27`, `2026-12-01..2026-12-03`, or `unknown: no calendar for 2027` (for events and logs).
    public var summary: String {
        switch due {
        case let .known(_, earliest, latest): earliest == latest ? "\(latest)" : "\(earliest)..\(latest)"
        case let .unknown(error): "unknown: \(error.message.en)"
        }
    }
}
