/// Sends the one-cent transfer whose memo carries an unlock authorisation code.
public protocol TransferGateway: Provider {
    func sendOneCent(orderID: String, memo: String) async throws(ProviderError) -> TransferOutcome
}

public enum TransferOutcome: Sendable, Hashable {
    /// Credited at once (the sandbox).
    case credited
    /// Credited later; the order waits for the confirmation.
    case pending(reference: String)
}
