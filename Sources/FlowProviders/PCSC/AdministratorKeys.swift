public import FlowEngine

/// The CA's store of each UKEY's administrator key (PUK), by the key's own serial number. Only an
/// unlock that the order's authorisation code released asks it.
public protocol AdministratorKeys: Sendable {
    func administratorKey(forToken serial: String) throws(ProviderError) -> String
}
