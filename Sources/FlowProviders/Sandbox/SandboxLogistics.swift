public import FlowEngine

/// The sandbox carrier: a tracking number `SBX` + 12 random digits, nothing leaves the machine.
public struct SandboxLogistics: LogisticsProvider {
    public var kind: ProviderKind { .sandbox }

    public init() {}

    public func dispatch(order: String, address: String) async throws(ProviderError) -> String {
        var generator = SystemRandomNumberGenerator()
        return "SBX" + String((0..<12).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }
}
