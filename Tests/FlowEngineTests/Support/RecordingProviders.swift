import FlowEngine

/// A payment service that leaves every payment pending, as a QR-code payment is until the payer
/// scans it: drives the engine's payment wait.
struct PendingPaymentGateway: PaymentGateway {
    var kind: ProviderKind { .http }

    func create(_ request: PaymentRequest) async throws(ProviderError) -> PaymentCreation {
        .pending(qrCode: "weixin://wxpay/bizpayurl?pr=" + request.paymentID)
    }
}

/// An SMS service of a real kind that delivers nowhere: codes sent through it cannot be read back.
struct UnreadableSMSGateway: SMSGateway {
    var kind: ProviderKind { .http }

    func send(_ message: SMSMessage) async throws(ProviderError) {}
}
