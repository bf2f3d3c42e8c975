public import FlowModel
import Foundation

/// A compiled flow with its content hash and canonical JSON, computed once: orders started on it
/// are pinned to that hash.
public struct PreparedDefinition: Sendable {
    public let flow: CompiledFlow
    public let hash: String
    let body: Data
}

extension FlowEngine {
    /// Computes a definition's hash and canonical form once, for many orders.
    public func prepare(_ definition: CompiledFlow) -> PreparedDefinition {
        definitions.prepare(definition)
    }
}
