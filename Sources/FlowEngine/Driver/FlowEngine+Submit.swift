import FlowModel
import FlowDiagnostics
import FlowDomain
import FlowStore
import Logging

extension FlowEngine {
    /// Submits the answers of the step the order is at. All wrong fields are reported at once;
    /// when every answer is valid and every action agrees, the step completes in one commit.
    ///
    /// - Parameters:
    ///   - step: the step the caller believes the order is at; refused when it is elsewhere.
    ///   - version: the version the caller read; a stale submit is refused, never applied twice.
    public func submit(
        _ id: String, step expected: String? = nil, answers given: [String: RawAnswer],
        uploads: [String: MaterialUpload] = [:], version: Int64? = nil
    ) async throws(EngineError) -> StepReport {
        do {
            return try await submit(id, step: expected, answers: given, uploads: uploads, version: version, fresh: false)
        } catch .stale where version == nil {
            // This process's copy was behind another process's commit: read the order again once.
            return try await submit(id, step: expected, answers: given, uploads: uploads, version: version, fresh: true)
        }
    }

    private func submit(
        _ id: String, step expected: String?, answers given: [String: RawAnswer], uploads: [String: MaterialUpload],
        version: Int64?, fresh: Bool
    ) async throws(EngineError) -> StepReport {
        let loaded = try load(id, fresh: fresh)
        let state = loaded.state
        if !fresh, (expected.map { $0 != state.step } ?? false) || (version.map { $0 != state.version } ?? false) {
            // This process's copy may be the one behind: only the database says the caller is wrong.
            return try await submit(id, step: expected, answers: given, uploads: uploads, version: version, fresh: true)
        }
        try Self.requireActive(loaded.record)
        if let expected, expected != state.step {
            throw .notAllowed(LocalizedMessage(
                en: "order \(id) is at step \(state.step), not \(expected)", zh: "订单 \(id) 当前在步骤 \(state.step)，而非 \(expected)"))
        }
        if let version, version != state.version {
            throw Self.translate(.staleOrder(order: id, expected: version, actual: state.version))
        }
        let machine = loaded.machine
        let step = try machine.step(state.step)
        let providers = try providers(loaded.record.channel)
        var run = StepRun(state: state, stepOutputs: loaded.pending)
        if loaded.pending[Self.entryOwed] == .bool(true) {
            // The step's entry actions failed when the order reached it: they run first now.
            try await enter(step.id.value, machine: machine, providers: providers, run: &run)
            if run.state.status == .waiting {
                let commit = run.commit(loaded.record, answers: [:], answerStep: step.id.value, now: clock.now())
                try await write(commit)
                remember(commit, run, machine, creating: false)
                return report(run, step: step, answers: [], warnings: [], outcome: .waiting(run.state.wait ?? .review))
            }
        }
        let text = try SandboxAnswers(providers: providers, store: store, now: clock.now(), uncommitted: run.codes).resolve(given, step: step, state: run.state)
        let submission: OrderMachine.Submission
        switch try machine.validate(step, given: text, uploads: uploads, &run.state) {
        case let .success(valid):
            submission = valid
        case let .failure(error):
            if case let .invalidAnswers(_, errors) = error {
                configuration.logger.notice("answers refused", metadata: [
                    "order": "\(id)", "step": "\(step.id.value)", "fields": "\(errors.map(\.field).joined(separator: ","))",
                ])
                try? store.append([EventRecord(
                    orderId: id, at: clock.now(), kind: "answers_refused", step: step.id.value,
                    detail: JSONText.object(["fields": errors.map(\.field).joined(separator: ",")]))])
            }
            throw error
        }
        if let refusal = try await perform(
            step, option: submission.option, timing: .submit, uploads: submission.uploads, machine: machine,
            providers: providers, run: &run)
        {
            // Wrong tries must be counted, or the five-try limit would not hold.
            do { try store.append(run.events, codes: run.codes) } catch { throw .storage(error) }
            configuration.logger.notice("step refused", metadata: [
                "order": "\(id)", "step": "\(step.id.value)", "reason": "\(Masking.identifiers(in: refusal.message.en))",
            ])
            throw .rejected(step: step.id.value, refusal.message)
        }
        let masked = Self.masked(submission.answers, step: step, option: submission.option)
        run.event("answers_accepted", ["fields": submission.answers.keys.sorted().joined(separator: ",")], at: clock.now())
        let outcome = try await completeOrWait(step, run: &run, machine: machine, providers: providers)
        // UKEY passwords are used on the step they are typed on and never stored.
        let secret = Set(step.fields(choosing: submission.option).lazy.filter { $0.type.value == .password }.map(\.id.value))
        let kept = secret.isEmpty ? submission.answers : submission.answers.filter { !secret.contains($0.key) }
        var commit = run.commit(loaded.record, answers: kept, answerStep: step.id.value, now: clock.now())
        if case let .string(address)? = kept[Self.mailingAddressField] {
            commit.shipments = [ShipmentRecord(orderId: id, address: address, status: .pending, updatedAt: clock.now())]
        }
        try await write(commit)
        // Nor kept in memory: the cached order must be the order as stored.
        for field in secret { run.state.answers[field] = nil }
        remember(commit, run, machine, creating: false)
        log(run, step: step.id.value)
        if let deferred = run.deferred { throw deferred }
        var result = report(run, step: step, answers: masked, warnings: submission.warnings, outcome: outcome)
        result.next = run.state.status == .completed ? nil : run.state.step
        return result
    }

    /// After a step's actions: wait when one of them waits; otherwise complete the step and enter the next.
    func completeOrWait(
        _ step: Step, run: inout StepRun, machine: OrderMachine, providers: Providers
    ) async throws(EngineError) -> StepReport.Outcome {
        try await invoiceOnPayment(&run, machine: machine, providers: providers)
        updateGuard(&run.state, machine)
        if let wait = run.wait {
            run.state.status = .waiting
            run.state.wait = wait
            run.event("waiting", ["wait": wait.rawValue], at: clock.now())
            return .waiting(wait)
        }
        run.state.path.append(step.id.value)
        run.completed.append(StepResultRecord(
            orderId: run.state.id, step: step.id.value, position: Int64(run.state.path.count),
            outputs: OrderValue.json(run.stepOutputs), completedAt: clock.now()))
        run.event("step_completed", [:], at: clock.now())
        guard let next = try machine.next(after: step.id.value, run.state) else {
            run.state.status = .completed
            run.state.wait = nil
            run.stepOutputs = [:]
            run.event("order_completed", [:], at: clock.now())
            return .completed
        }
        do {
            try await enter(next, machine: machine, providers: providers, run: &run)
        } catch {
            // The step just completed stays completed; the next step's entry actions are owed and
            // run again when the order moves (a gateway that was down, a key pulled out).
            run.state.step = next
            run.state.status = .active
            run.state.wait = nil
            run.wait = nil
            run.stepOutputs = [Self.entryOwed: .bool(true)]
            run.event("entry_failed", ["reason": Masking.identifiers(in: error.message.en)], at: clock.now())
            run.deferred = error
        }
        return .completed
    }

    /// Marks, in a step's pending outputs, that its entry actions still have to run.
    static let entryOwed = "step.entry_owed"

    static func requireActive(_ record: OrderRecord) throws(EngineError) {
        switch record.status {
        case .active: return
        case .waiting:
            throw .notAllowed(LocalizedMessage(
                en: "order \(record.id) is waiting (\(record.wait ?? "")) at step \(record.step); it moves on when the answer arrives (channelflow confirm)",
                zh: "订单 \(record.id) 正在步骤 \(record.step) 等待（\(record.wait ?? "")），收到结果后继续（channelflow confirm）"))
        case .completed:
            throw .notAllowed(LocalizedMessage(en: "order \(record.id) is finished", zh: "订单 \(record.id) 已办结"))
        case .cancelled:
            throw .notAllowed(LocalizedMessage(en: "order \(record.id) was cancelled", zh: "订单 \(record.id) 已取消"))
        }
    }
}
