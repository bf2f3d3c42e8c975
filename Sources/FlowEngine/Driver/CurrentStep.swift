public import FlowModel
public import FlowStore
public import FlowDomain

/// What the applicant is asked at the current step.
public struct CurrentStep: Sendable {
    public var order: OrderRecord
    /// The title of the order's process, as its pinned definition names it.
    public var flowTitle: LocalizedText
    /// The steps completed so far, in order: empty at the first step, where there is no way back.
    public var path: [String]
    public var step: Step
    /// Nothing to answer: the step runs as soon as it is reached.
    public var automatic: Bool
    public var options: [ChoiceOption]
    public var materials: [Material]
    /// Field id → masked prefilled value.
    public var prefilled: [String: String]
    /// Field id → the entries an `options-from` field picks from (agents masked, orders).
    public var listed: [String: [String]] = [:]
    /// What the order costs once priced (`price.amount`), for the steps that show it.
    public var price: Money?
}

extension FlowEngine {
    /// The step an order is at, with the fields it asks now, for interactive use.
    public func currentStep(_ id: String) throws(EngineError) -> CurrentStep {
        let loaded = try load(id)
        let machine = loaded.machine
        let step = try machine.step(loaded.state.step)
        var options: [ChoiceOption] = []
        if let choice = step.choice { options = try machine.offeredOptions(choice, loaded.state) }
        var listed: [String: [String]] = [:]
        for field in step.allFields {
            guard let source = field.optionsFrom?.value, case let .list(entries)? = loaded.state.outputs[source] else { continue }
            listed[field.id.value] = entries.compactMap(\.stringValue)
        }
        var current = CurrentStep(
            order: loaded.record, flowTitle: machine.flow.title.value, path: loaded.state.path, step: step, automatic: try machine.isAutomatic(step, loaded.state),
            options: options,
            materials: try machine.pendingMaterials(step, loaded.state),
            prefilled: Dictionary(
                step.allFields.compactMap { field in
                    machine.prefill(field, loaded.state).map { (field.id.value, AnswerMasking.display($0, field: field)) }
                },
                // Several options may declare the same field; they prefill it alike.
                uniquingKeysWith: { first, _ in first }))
        current.listed = listed
        if case let .money(amount)? = loaded.state.outputs["price.amount"] { current.price = amount }
        return current
    }
}
