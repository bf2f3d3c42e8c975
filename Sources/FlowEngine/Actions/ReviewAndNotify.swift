import FlowDiagnostics
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
            return .success(effects)
        }
        effects.outputs["review.approved"] = .bool(false)
        effects.wait = .review
        return .success(effects)
    }
}

/// `notify`: a message queued in the outbox with the step's commit; delivered afterwards.
struct Notify: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let event = try context.string("event")
        let payload: [String: String] = [
            "event": event, "order": context.orderID, "channel": context.machine.definition.channel.id,
            "flow": context.machine.flow.id.value,
        ]
        var effects = ActionEffects()
        effects.outbox.append(OutboxRecord(
            orderId: context.orderID, kind: "notification", payload: JSONText.object(payload), createdAt: context.clock.now()))
        effects.detail = ["event": event]
        return .success(effects)
    }
}
