import FlowDomain
import FlowModel
public import FlowStore
import FlowDiagnostics

extension FlowEngine {
    /// Goes back to the previous completed step, where the current step allows it. Answers stay
    /// (they are asked again); the previous step is no longer completed, and what its actions
    /// produced (the UKEY read as it was entered …) is kept for it, as when it was first shown.
    public func back(_ id: String) throws(EngineError) -> OrderRecord {
        let snapshot = try snapshot(id)
        let loaded = try loaded(snapshot)
        try Self.requireActive(loaded.record)
        let step = try loaded.machine.step(loaded.state.step)
        guard step.back, let previous = loaded.state.path.last else {
            throw .notAllowed(LocalizedMessage(
                en: "step \(step.id.value) does not allow going back", zh: "步骤 \(step.id.value) 不允许返回上一步"))
        }
        var kept = snapshot.stepResults.last { $0.step == previous }.map { OrderValue.values(json: $0.outputs) } ?? [:]
        // What the step read on entry may have changed since (another UKEY inserted, the manual
        // 2.4: the key actually inserted wins): its entry actions run again before its answers.
        if try loaded.machine.step(previous).actions.contains(where: { $0.timing.value == .enter }) {
            kept[Self.entryOwed] = .bool(true)
        }
        var run = StepRun(state: loaded.state, stepOutputs: kept)
        run.state.step = previous
        run.event("went_back", ["from": step.id.value], at: clock.now())
        var commit = run.commit(loaded.record, answers: [:], answerStep: previous, now: clock.now())
        commit.reopenedSteps = [previous]
        try write(commit)
        cache.drop(id)
        return commit.order
    }

    /// Cancels an open order, which frees its subject or certificate for a new one.
    public func cancel(_ id: String) throws(EngineError) -> OrderRecord {
        let loaded = try load(id, fresh: true)
        guard loaded.record.status.isOpen else { try Self.requireActive(loaded.record); return loaded.record }
        var run = StepRun(state: loaded.state, stepOutputs: loaded.pending)
        run.state.status = .cancelled
        run.state.wait = nil
        run.payments = try pendingPayments(id).map { payment in
            var closed = payment
            closed.status = .failed
            closed.confirmedAt = clock.now()
            return closed
        }
        run.event("order_cancelled", [:], at: clock.now())
        let commit = run.commit(loaded.record, answers: [:], answerStep: loaded.state.step, now: clock.now())
        try write(commit)
        cache.drop(id)
        return commit.order
    }

    /// The outside world's answer to a waiting order (a payment callback, a face scan, a
    /// transfer credited). Accepted moves the order on; refused returns it to its step.
    public func confirm(_ id: String, accepted: Bool) async throws(EngineError) -> StepReport {
        let loaded = try load(id, fresh: true)
        guard loaded.record.status == .waiting, let wait = loaded.state.wait else {
            throw .notAllowed(LocalizedMessage(en: "order \(id) is not waiting for anything", zh: "订单 \(id) 没有在等待外部结果"))
        }
        if wait == .review {
            throw .notAllowed(LocalizedMessage(
                en: "order \(id) waits for review: a reviewer decides it, not a confirmation",
                zh: "订单 \(id) 正在等待审核，须由审核人员处理，不能直接确认"))
        }
        var run = StepRun(state: loaded.state, stepOutputs: loaded.pending)
        let now = clock.now()
        if wait == .payment {
            let current = loaded.pending["payment.id"]?.stringValue
            for payment in try pendingPayments(id) where current == nil || payment.id == current {
                var settled = payment
                settled.status = accepted ? .paid : .failed
                settled.confirmedAt = now
                run.payments.append(settled)
                if accepted {
                    run.outbox += try notifier.messages(
                        .paymentReceived, state: loaded.state, machine: loaded.machine,
                        facts: ["amount": .same(Money(fen: payment.amountFen).formatted)], now: now)
                }
            }
        }
        run.event("confirmed", ["wait": wait.rawValue, "result": accepted ? "accepted" : "refused"], at: now)
        let confirmed: [String: OrderValue] = switch wait {
        case .payment: ["payment.paid": .bool(true)]
        case .faceVerification: ["person.verified": .bool(true)]
        case .oneCentTransfer: ["unlock.code_sent": .bool(true)]
        case .review: [:]
        }
        return try await settle(loaded, run: run, outputs: accepted ? confirmed : nil)
    }

    /// Ends a wait: with `outputs` the step completes with them and the order moves on; without,
    /// it returns to its step (whose entry actions run again when it asks nothing). One commit.
    func settle(_ loaded: Loaded, run started: StepRun, outputs: [String: OrderValue]?) async throws(EngineError) -> StepReport {
        let machine = loaded.machine
        let step = try machine.step(loaded.state.step)
        var run = started
        run.state.wait = nil
        run.state.status = .active
        var outcome = StepReport.Outcome.completed
        if let outputs {
            run.state.outputs.merge(outputs) { _, new in new }
            run.stepOutputs.merge(outputs) { _, new in new }
            outcome = try await completeOrWait(step, run: &run, machine: machine, providers: try providers(loaded.record.channel))
        } else if try machine.isAutomatic(step, run.state) {
            // Nothing to ask here: the step's entry actions (the transfer …) must run again.
            try await enter(step.id.value, machine: machine, providers: try providers(loaded.record.channel), run: &run)
        } else {
            run.stepOutputs = [:]
        }
        let commit = run.commit(loaded.record, answers: [:], answerStep: step.id.value, now: clock.now())
        try await write(commit)
        cache.drop(loaded.record.id)
        log(run, step: step.id.value)
        if let deferred = run.deferred { throw deferred }
        return report(run, step: step, answers: [], warnings: [], outcome: outcome)
    }

    private func pendingPayments(_ id: String) throws(EngineError) -> [PaymentRecord] {
        do { return try store.payments(of: id).filter { $0.status == .pending } } catch { throw .storage(error) }
    }
}
