import FlowDomain
import FlowModel

extension FlowEngine {
    /// The deadline of an order waiting for review, computed now from the day it was submitted and
    /// the calendar the engine runs with; nil when the order is not waiting for review or its flow
    /// has no review rule.
    func reviewDeadline(_ loaded: Loaded) -> ReviewDeadline? {
        guard loaded.state.wait == .review, let rule = loaded.machine.flow.review,
              case let .date(submitted)? = loaded.pending["review.submitted_on"] else { return nil }
        return ReviewDeadline(submitted: submitted, rule: rule, calendar: configuration.calendar)
    }
}
