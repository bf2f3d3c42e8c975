public import FlowDiagnostics
public import FlowModel
public import FlowStore

/// An order for `channelflow show`: where it is, what it gathered (masked), its history.
public struct OrderView: Sendable {
    public var record: OrderRecord
    public var flowTitle: LocalizedText
    public var channelName: LocalizedText
    public var stepTitle: LocalizedText
    public var path: [String]
    public var answers: [MaskedAnswer]
    public var payments: [PaymentRecord]
    public var materials: [OrderMaterialRecord]
    public var events: [EventRecord]
}

extension FlowEngine {
    public func show(_ id: String) throws(EngineError) -> OrderView {
        let loaded = try load(id, fresh: true)
        let flow = loaded.machine.flow
        var answers: [MaskedAnswer] = []
        for step in flow.steps {
            let option = loaded.machine.chosenOption(step, loaded.state.answers)
            answers += Self.masked(loaded.state.answers, step: step, option: option)
                .filter { answer in !answers.contains { $0.field == answer.field } }
        }
        let snapshot: OrderSnapshot?
        do { snapshot = try store.snapshot(id) } catch { throw .storage(error) }
        return OrderView(
            record: loaded.record, flowTitle: flow.title.value, channelName: loaded.machine.definition.channel.name,
            stepTitle: try loaded.machine.step(loaded.state.step).title.value, path: loaded.state.path, answers: answers,
            payments: snapshot?.payments ?? [], materials: snapshot?.materials ?? [], events: try events(id))
    }

    /// Orders for an operator's listing.
    public func orders(_ filter: OrderFilter) throws(EngineError) -> [OrderRecord] {
        do { return try store.orders(filter) } catch { throw .storage(error) }
    }

    /// The step an order is at, with the fields it asks now, for interactive use.
    public func currentStep(_ id: String) throws(EngineError) -> CurrentStep {
        let loaded = try load(id)
        let machine = loaded.machine
        let step = try machine.step(loaded.state.step)
        var options: [ChoiceOption] = []
        if let choice = step.choice { options = try machine.offeredOptions(choice, loaded.state) }
        return CurrentStep(
            order: loaded.record, step: step, automatic: try machine.isAutomatic(step, loaded.state),
            options: options,
            materials: try machine.pendingMaterials(step, loaded.state),
            prefilled: Dictionary(uniqueKeysWithValues: step.allFields.compactMap { field in
                machine.prefill(field, loaded.state).map { (field.id.value, AnswerMasking.display($0, field: field)) }
            }))
    }
}

/// What the applicant is asked at the current step.
public struct CurrentStep: Sendable {
    public var order: OrderRecord
    public var step: Step
    /// Nothing to answer: the step runs as soon as it is reached.
    public var automatic: Bool
    public var options: [ChoiceOption]
    public var materials: [Material]
    /// Field id → masked prefilled value.
    public var prefilled: [String: String]
}
