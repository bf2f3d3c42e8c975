import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore
import Foundation

/// `submit_review`: the order is submitted for review on today's date, with its deadline from the
/// flow's `review` rule and the working-day calendar (or "unknown" with the reason, never a guess).
/// When the rule's `auto-approve` holds, the order is approved at once by the rule, as an event of
/// its own; otherwise it waits for a reviewer's decision.
struct SubmitReview: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        var effects = ActionEffects()
        let today = context.clock.today()
        effects.outputs["review.submitted_on"] = .date(today)
        guard let rule = context.machine.flow.review else {
            effects.outputs["review.approved"] = .bool(false)
            effects.wait = .review
            return .success(effects)
        }
        let deadline = ReviewDeadline(submitted: today, rule: rule, calendar: context.calendar)
        effects.detail = ["working_days": deadline.workingDays, "due": deadline.summary]
        if let condition = rule.autoApprove, try context.machine.holds(condition, context.state) {
            effects.outputs["review.approved"] = .bool(true)
            effects.detail["decision"] = "approved"
            effects.events.append((kind: ReviewDecision.approvedEvent, detail: [
                "by": ReviewDecision.autoApprover, "reason": "auto-approve: " + condition.value,
            ]))
            effects.outbox += try context.notify(.approved)
            return .success(effects)
        }
        effects.outputs["review.approved"] = .bool(false)
        effects.wait = .review
        return .success(effects)
    }
}

/// `notify`: the event's messages rendered from its template and queued in the outbox with the
/// step's commit; the delivery worker sends them afterwards. The event's own placeholders are
/// filled from the order (the review deadline, the certificate's serial, a reason); one the order
/// does not have reads "(not available)" rather than leaving a hole.
struct Notify: ActionPerformer {
    /// Where each event-specific placeholder's value is found, first match wins.
    static let serialSources = ["certificate.new_serial", "certificate.serial", "serial"]
    private static let sources: [String: [String]] = [
        "serial": serialSources, "not_after": ["certificate.not_after"], "reason": ["revocation.reason", "reason"],
        "amount": ["price.amount"],
    ]

    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let name = try context.string("event")
        guard let event = NotificationEvent(rawValue: name) else {
            let known = NotificationEvent.allCases.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ", ")
            throw .definition(LocalizedMessage(
                en: "notify: unknown event \"\(name)\"; expected one of \(known)", zh: "notify：未知的事件 \"\(name)\"；应为以下之一：\(known)"))
        }
        var facts: [String: LocalizedText] = [:]
        for placeholder in event.specific {
            facts[placeholder] = placeholder == "deadline" ? Self.deadline(context) : Self.fact(context, Self.sources[placeholder] ?? [])
        }
        var effects = ActionEffects()
        effects.outbox = try context.notify(event, facts)
        effects.detail = ["event": name]
        return .success(effects)
    }

    /// The first of `names` the order has, as text; "(not available)" when it has none.
    static func fact(_ context: ActionContext, _ names: [String]) -> LocalizedText {
        for name in names {
            guard let value = context.value(name) else { continue }
            if case let .money(money) = value { return .same(money.formatted) }
            if let text = value.stringValue, !text.isEmpty { return .same(text) }
        }
        return LocalizedText(zh: "（暂无）", en: "(not available)")
    }

    /// The last day of the review submitted today, or why it is not known yet.
    private static func deadline(_ context: ActionContext) -> LocalizedText {
        guard let rule = context.machine.flow.review else { return LocalizedText(zh: "审核完成", en: "the review ends") }
        let deadline = ReviewDeadline(submitted: context.clock.today(), rule: rule, calendar: context.calendar)
        return deadline.latest.map { .same("\($0)") } ?? LocalizedText(zh: "（待定）", en: "(to be confirmed)")
    }
}
