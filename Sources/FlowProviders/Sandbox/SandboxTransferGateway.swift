public import FlowEngine

/// A sandbox transfer gateway: plays the bank that sends the one-cent transfer whose memo carries
/// an unlock authorisation code, and reports it credited at once. It never moves money; it
/// records the memo in an outbox (recipient: the order id, purpose `unlock`) like
/// ``SandboxSMSGateway`` does, so a headless run can read the code back with
/// ``sentCodes()``. The memo is the code.
public struct SandboxTransferGateway: TransferGateway, SandboxCodeSource {
    /// The purpose every transfer is recorded under.
    public static let purpose = "unlock"
    static let provider = "sandbox transfer"

    private let outbox: SandboxOutbox

    public var kind: ProviderKind { .sandbox }

    /// The outbox file, or nil when transfers stay in memory.
    public var outboxFile: String? { outbox.file }

    public init(outboxFile: String?, clock: any EngineClock = SystemClock()) {
        outbox = SandboxOutbox(file: outboxFile, provider: Self.provider, clock: clock)
    }

    public func sendOneCent(orderID: String, memo: String) async throws(ProviderError) -> TransferOutcome {
        // An order id is not personal data, so it is shown as it is.
        try outbox.append(recipient: orderID, masked: orderID, purpose: Self.purpose, text: memo, code: memo)
        return .credited
    }

    public func sentCodes() throws(ProviderError) -> [String] {
        try outbox.codes()
    }
}
