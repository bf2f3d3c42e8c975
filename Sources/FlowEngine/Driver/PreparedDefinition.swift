public import FlowModel
import Foundation

/// A compiled flow with its content hash and canonical JSON, computed once: orders started on it
/// are pinned to that hash.
public struct PreparedDefinition: Sendable {
    let plan: MachinePlan
    public let hash: String
    let body: Data

    public var flow: CompiledFlow { plan.definition }
}

extension FlowEngine {
    /// Computes a definition's hash and canonical form once, for many orders.
    public func prepare(_ definition: CompiledFlow) -> PreparedDefinition {
        definitions.prepare(definition)
    }
}
