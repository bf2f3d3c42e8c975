/// The providers one channel's orders use. The command line picks them from the configuration;
/// with none, every one is the sandbox.
public struct Providers: Sendable {
    public var enterprise: any EnterpriseVerifier
    public var person: any PersonVerifier
    public var sms: any SMSGateway
    public var payment: any PaymentGateway
    public var transfer: any TransferGateway
    public var ukey: any UKeyDevice
    public var issuer: any CertificateIssuer
    public var captcha: any CaptchaBoard
    public var logistics: any LogisticsProvider
    public var invoices: any InvoiceProvider

    public init(
        enterprise: any EnterpriseVerifier, person: any PersonVerifier, sms: any SMSGateway, payment: any PaymentGateway,
        transfer: any TransferGateway, ukey: any UKeyDevice, issuer: any CertificateIssuer,
        captcha: any CaptchaBoard, logistics: any LogisticsProvider, invoices: any InvoiceProvider
    ) {
        self.enterprise = enterprise
        self.person = person
        self.sms = sms
        self.payment = payment
        self.transfer = transfer
        self.ukey = ukey
        self.issuer = issuer
        self.captcha = captcha
        self.logistics = logistics
        self.invoices = invoices
    }

    /// Each provider's role and kind, for outputs that must say what was sandboxed.
    public var kinds: [(role: String, kind: ProviderKind)] {
        [
            ("enterprise", enterprise.kind), ("person", person.kind), ("sms", sms.kind), ("payment", payment.kind),
            ("transfer", transfer.kind), ("ukey", ukey.kind), ("issuer", issuer.kind),
        ]
    }
}
