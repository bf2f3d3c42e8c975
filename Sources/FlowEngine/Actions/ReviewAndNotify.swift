import FlowDiagnostics
import FlowModel
import FlowStore
import Foundation

/// `submit_review`: the order waits for a reviewer's decision.
struct SubmitReview: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        var effects = ActionEffects()
        effects.outputs["review.approved"] = .bool(false)
        effects.wait = .review
        if let review = context.machine.flow.review {
            effects.detail["working_days"] = "\(review.minWorkingDays.value)-\(review.maxWorkingDays.value)"
        }
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
