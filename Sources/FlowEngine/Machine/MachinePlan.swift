public import FlowModel

/// What a machine needs of a pinned definition besides the order: the definition and its steps
/// by id. Made once per definition and shared by reference: every order on the definition holds
/// the same plan, and copying a machine copies one reference instead of the whole compiled flow.
public final class MachinePlan: Sendable {
    public let definition: CompiledFlow
    let stepsByID: [String: Int]

    init(_ definition: CompiledFlow) {
        self.definition = definition
        var index: [String: Int] = [:]
        for (offset, step) in definition.flow.steps.enumerated() { index[step.id.value] = offset }
        self.stepsByID = index
    }
}
