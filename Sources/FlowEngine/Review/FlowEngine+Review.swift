import FlowDiagnostics
import FlowDomain
import FlowModel
public import FlowStore

/// An order waiting for review, for an operator's queue.
public struct ReviewItem: Sendable {
    public var record: OrderRecord
    /// Nil when the flow has no review rule or the order was submitted before deadlines were kept.
    public var deadline: ReviewDeadline?
}

extension FlowEngine {
    /// The orders waiting for review (of one channel, or all), the longest waiting first.
    public func reviewQueue(channel: String? = nil) throws(EngineError) -> [ReviewItem] {
        let waiting = try orders(OrderFilter(channel: channel, status: .waiting, wait: WaitState.review.rawValue, limit: .max))
        var items: [ReviewItem] = []
        for record in waiting.sorted(by: { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }) {
            items.append(ReviewItem(record: record, deadline: reviewDeadline(try load(record.id, fresh: true))))
        }
        return items
    }

    /// A reviewer approves: the review step completes and the order enters the flow's next step
    /// (``advance(_:with:confirming:onStep:)`` then runs what needs no answers).
    public func approve(_ id: String, by reviewer: String, reason: String? = nil) async throws(EngineError) -> StepReport {
        let loaded = try awaitingReview(snapshot(id))
        var run = StepRun(state: loaded.state, stepOutputs: loaded.pending)
        run.events.append(ReviewDecision(
            verdict: .approved, by: reviewer, at: clock.now(), reason: reason.map(Masking.identifiers(in:)), returnTo: nil,
        ).event(order: id, step: loaded.state.step))
        run.outbox += try notifier.messages(.approved, state: loaded.state, machine: loaded.machine, facts: [:], now: clock.now())
        return try await settle(loaded, run: run, outputs: ["review.approved": .bool(true)])
    }

    /// A reviewer rejects: the order returns to `step`, one of the steps it completed, for the
    /// applicant to do again from there with the reason; answers, materials and payments are kept.
    public func reject(_ id: String, by reviewer: String, reason: String, returnTo step: String) throws(EngineError) -> OrderRecord {
        let snapshot = try snapshot(id)
        let loaded = try awaitingReview(snapshot)
        let path = loaded.state.path
        guard let index = path.lastIndex(of: step) else {
            throw .notAllowed(LocalizedMessage(
                en: "order \(id) cannot return to step \(step): it is not a step the order completed; choose one of \(path.joined(separator: ", "))",
                zh: "订单 \(id) 不能退回至步骤 \(step)：该步骤不是订单已完成的步骤；可选：\(path.joined(separator: "、"))"))
        }
        // What the step's actions produced when it was first entered is kept for it, as on going back.
        let kept = snapshot.stepResults.last { $0.step == step }.map { OrderValue.values(json: $0.outputs) } ?? [:]
        var run = StepRun(state: loaded.state, stepOutputs: kept)
        run.state.step = step
        run.state.status = .active
        run.state.wait = nil
        run.events.append(ReviewDecision(
            verdict: .rejected, by: reviewer, at: clock.now(), reason: Masking.identifiers(in: reason), returnTo: step,
        ).event(order: id, step: loaded.state.step))
        run.outbox += try notifier.messages(
            .rejected, state: loaded.state, machine: loaded.machine, facts: ["reason": .same(Masking.identifiers(in: reason))], now: clock.now())
        var commit = run.commit(loaded.record, answers: [:], answerStep: step, now: clock.now())
        commit.reopenedSteps = Array(path[index...])
        try write(commit)
        cache.drop(id)
        log(run, step: loaded.state.step)
        return commit.order
    }

    /// The order, when it waits for a review decision.
    private func awaitingReview(_ snapshot: OrderSnapshot) throws(EngineError) -> Loaded {
        let id = snapshot.order.id
        let loaded = try loaded(snapshot)
        guard loaded.record.status == .waiting, loaded.state.wait == .review else {
            throw .notAllowed(LocalizedMessage(
                en: "order \(id) is not waiting for review (\(loaded.record.status.rawValue) at step \(loaded.record.step))",
                zh: "订单 \(id) 未在等待审核（当前状态 \(loaded.record.status.rawValue)，步骤 \(loaded.record.step)）"))
        }
        return loaded
    }

    /// The deadline of an order waiting for review, computed now from the day it was submitted and
    /// the calendar the engine runs with; nil when the order is not waiting for review or its flow
    /// has no review rule.
    func reviewDeadline(_ loaded: Loaded) -> ReviewDeadline? {
        guard loaded.state.wait == .review, let rule = loaded.machine.flow.review,
              case let .date(submitted)? = loaded.pending["review.submitted_on"] else { return nil }
        return ReviewDeadline(submitted: submitted, rule: rule, calendar: configuration.calendar)
    }
}
