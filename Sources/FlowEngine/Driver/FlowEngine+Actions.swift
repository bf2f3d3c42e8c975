import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore

extension FlowEngine {
    /// Runs a step's actions of one timing in order; each sees the outputs of those before it.
    /// Returns the refusal of the first action that says no (its writes are kept in `run`).
    func perform(
        _ step: Step, option: ChoiceOption?, timing: ActionTiming, uploads: [String: MaterialUpload],
        machine: OrderMachine, providers: Providers, run: inout StepRun
    ) async throws(EngineError) -> ActionRejection? {
        for call in step.actions + (option?.actions ?? []) where call.timing.value == timing {
            guard try machine.holds(call.when, run.state) else { continue }
            let performer = try ActionRegistry.performer(call.name.value)
            let context = ActionContext(
                orderID: run.state.id, state: run.state, machine: machine, arguments: try machine.arguments(call, run.state),
                uploads: uploads, store: store, providers: providers, clock: clock, calendar: configuration.calendar,
                earlier: ActionEffects(outputs: run.stepOutputs, codes: run.codes, issued: run.issued), engine: self,
                notifier: notifier)
            switch try await performer.perform(context) {
            case let .success(effects):
                run.absorb(call.name.value, effects, at: clock.now())
            case let .failure(rejection):
                run.absorbWrites(rejection.effects)
                run.event("action_refused", ["action": call.name.value, "reason": Masking.identifiers(in: rejection.message.en)], at: clock.now())
                return rejection
            }
        }
        return nil
    }

    /// Keeps the order's guard on the flow's guarded value as it stands now: an answer corrected
    /// after going back moves the guard with it.
    func updateGuard(_ state: inout OrderState, _ machine: OrderMachine) {
        let rule = machine.flow.guardRule
        let subjectField = rule.subjectField?.value ?? "uscc"
        if case let .string(uscc)? = state.answers[subjectField] ?? state.outputs["certificate.uscc"] {
            state.subject = uscc
        }
        switch rule.openOrder.value {
        case .subject:
            if let field = rule.subjectField?.value, case let .string(uscc)? = state.answers[field] {
                state.guardKind = .subject
                state.guardKey = machine.flow.id.value + "/" + uscc
            }
        case .certificate:
            if case let .string(serial)? = state.outputs["certificate.serial"] {
                state.guardKind = .certificate
                state.guardKey = serial
            }
        case .none:
            break
        }
    }
}
