public import FlowDomain

/// Takes payments (WeChat Pay, Alipay) through one protocol.
public protocol PaymentGateway: Provider {
    func create(_ request: PaymentRequest) async throws(ProviderError) -> PaymentCreation
}

public struct PaymentRequest: Sendable, Hashable {
    /// The engine's payment id; the gateway's callback names it.
    public var paymentID: String
    public var orderID: String
    public var amount: Money
    /// `wechat_pay` or `alipay`.
    public var method: String
    public var description: String

    public init(paymentID: String, orderID: String, amount: Money, method: String, description: String) {
        self.paymentID = paymentID
        self.orderID = orderID
        self.amount = amount
        self.method = method
        self.description = description
    }
}

/// What the gateway did with a new payment.
public enum PaymentCreation: Sendable, Hashable {
    /// Paid already (the sandbox).
    case paid
    /// Waiting for the payer; `qrCode` is what the applicant scans. The callback (or
    /// `channelflow confirm`) settles it.
    case pending(qrCode: String)
}
