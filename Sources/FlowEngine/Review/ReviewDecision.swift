import FlowStore

/// A decision on a review, read back from the order's history: who took it (an operator, or the
/// flow's auto-approve rule), when, and why.
public struct ReviewDecision: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        case approved
        case rejected
    }

    public var verdict: Verdict
    /// The operator's name, or `auto-approve` for the flow's rule.
    public var by: String
    /// Milliseconds since 1970.
    public var at: Int64
    /// The operator's reason (masked), or the rule that approved.
    public var reason: String?
    /// Where a rejected order returned to.
    public var returnTo: String?

    /// The event kinds of decisions.
    static let approvedEvent = "review_approved"
    static let rejectedEvent = "review_rejected"
    /// Who approves when the flow's `auto-approve` rule holds.
    public static let autoApprover = "auto-approve"

    /// The decision an event records, or nil for any other event.
    init?(_ event: EventRecord) {
        let verdict: Verdict
        switch event.kind {
        case Self.approvedEvent: verdict = .approved
        case Self.rejectedEvent: verdict = .rejected
        default: return nil
        }
        let detail = JSONText.strings(event.detail)
        self.init(verdict: verdict, by: detail["by"] ?? "", at: event.at, reason: detail["reason"], returnTo: detail["return_to"])
    }

    init(verdict: Verdict, by: String, at: Int64, reason: String?, returnTo: String?) {
        self.verdict = verdict
        self.by = by
        self.at = at
        self.reason = reason
        self.returnTo = returnTo
    }

    /// The event that records this decision.
    func event(order: String, step: String) -> EventRecord {
        var detail = ["by": by]
        if let reason { detail["reason"] = reason }
        if let returnTo { detail["return_to"] = returnTo }
        return EventRecord(
            orderId: order, at: at, kind: verdict == .approved ? Self.approvedEvent : Self.rejectedEvent, step: step,
            detail: JSONText.object(detail))
    }
}
