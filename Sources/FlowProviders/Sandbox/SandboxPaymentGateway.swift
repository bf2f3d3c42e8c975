public import FlowEngine

/// A sandbox payment gateway: plays WeChat Pay and Alipay by answering every payment `.paid` at
/// once. It never takes money, never shows a QR code and never contacts a payment service.
public struct SandboxPaymentGateway: PaymentGateway {
    public var kind: ProviderKind { .sandbox }

    public init() {}

    public func create(_ request: PaymentRequest) async throws(ProviderError) -> PaymentCreation {
        .paid
    }
}
