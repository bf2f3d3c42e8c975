public import FlowModel
import FlowDiagnostics
import FlowStore

extension FlowEngine {
    /// Starts an order on a compiled flow, pinning the definition by its content hash. The first
    /// step's entry actions run (reading the UKEY …); when one refuses, no order is created.
    public func start(_ definition: CompiledFlow) async throws(EngineError) -> StepReport {
        try await start(prepare(definition))
    }

    /// Starts an order on a prepared definition (see ``prepare(_:)``).
    public func start(_ prepared: PreparedDefinition) async throws(EngineError) -> StepReport {
        try definitions.pin(prepared, store: store, now: clock.now())
        for _ in 0..<OrderID.attempts {
            let id = OrderID.make(today: clock.today(), suffix: configuration.orderSuffix())
            if let report = try await start(prepared, id: id) { return report }
        }
        throw .storage(LocalizedMessage(
            en: "\(OrderID.attempts) order numbers drawn in a row were all taken; start the order again",
            zh: "连续 \(OrderID.attempts) 次生成的订单号均已被占用，请重新开始"))
    }

    /// Starts the order numbered `id`; nil when another order already has that number (nothing of
    /// this one was stored, so it can start again under another). The number is looked up before
    /// the first step's entry actions run, so they do not run under another order's number; the
    /// insert still catches a number taken in between.
    private func start(_ prepared: PreparedDefinition, id: String) async throws(EngineError) -> StepReport? {
        do { if try store.hasOrder(id) { return nil } } catch { throw .storage(error) }
        let definition = prepared.plan.definition
        let hash = prepared.hash
        let now = clock.now()
        let machine = machine(prepared.plan)
        var state = OrderState(id: id, step: "")
        state.step = try machine.firstStep(state)
        let providers = try providers(definition.channel.id)
        var run = StepRun(state: state, stepOutputs: [:])
        run.event("order_started", [
            "channel": definition.channel.id, "flow": definition.flow.id.value, "definition": String(hash.prefix(16)),
        ], at: now)
        try await enter(run.state.step, machine: machine, providers: providers, run: &run)
        let record = OrderRecord(
            id: id, channel: definition.channel.id, flow: definition.flow.id.value, definitionHash: hash, status: run.state.status,
            step: run.state.step, createdAt: now, updatedAt: now)
        let commit = run.commit(record, answers: [:], answerStep: run.state.step, now: now)
        guard try await create(commit) else { return nil }
        remember(commit, run, machine, creating: true)
        log(run, step: run.state.step)
        return report(run, step: try machine.step(run.state.step), answers: [], warnings: [], outcome: .completed)
    }

    /// Enters `stepID`: its entry actions run and the order may start waiting there.
    func enter(_ stepID: String, machine: OrderMachine, providers: Providers, run: inout StepRun) async throws(EngineError) {
        run.state.step = stepID
        run.state.status = .active
        run.state.wait = nil
        run.stepOutputs = [:]
        run.event("step_entered", [:], at: clock.now())
        let step = try machine.step(stepID)
        if let refusal = try await perform(step, option: nil, timing: .enter, uploads: [:], machine: machine, providers: providers, run: &run) {
            throw EngineError.rejected(step: stepID, refusal.message)
        }
        if step.allFields.contains(where: { $0.type.value == .captcha }) {
            run.captcha = try showCaptcha(order: run.state.id, providers: providers, run: &run)
        }
        updateGuard(&run.state, machine)
        if let wait = run.wait {
            run.state.status = .waiting
            run.state.wait = wait
            run.event("waiting", ["wait": wait.rawValue], at: clock.now())
        }
    }
}
