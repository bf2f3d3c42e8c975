import FlowDiagnostics
import FlowEngine
import Synchronization

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

/// An SMS service that is down until switched on, then delivers like the sandbox it wraps.
final class FlakySMSGateway: SMSGateway, SandboxCodeSource {
    private let sandbox: any SMSGateway & SandboxCodeSource
    private let up = Mutex(false)

    init(wrapping sandbox: any SMSGateway & SandboxCodeSource) {
        self.sandbox = sandbox
    }

    var kind: ProviderKind { .sandbox }

    func switchOn() { up.withLock { $0 = true } }

    func send(_ message: SMSMessage) async throws(ProviderError) {
        guard up.withLock({ $0 }) else {
            throw ProviderError(provider: "sms", message: LocalizedMessage(en: "the SMS gateway is down", zh: "短信网关不可用"))
        }
        try await sandbox.send(message)
    }

    func sentCodes() throws(ProviderError) -> [String] {
        try sandbox.sentCodes()
    }
}
