import FlowEngine

/// The sandbox providers one configuration hands to every channel. They are made once, so a
/// code "sent" for one channel can be read back whichever channel asks, even when the outboxes
/// live in memory.
struct SandboxProviders: Sendable {
    let directory: String?
    let sms: SandboxSMSGateway
    let email: SandboxEmailSender
    let transfer: SandboxTransferGateway
    let ukey: SandboxUKey
    let issuer: SandboxCertificateIssuer
    let captcha: SandboxCaptchaBoard
    let invoices: SandboxInvoiceProvider

    /// Outboxes and the sandbox CA in `directory` (memory when nil); the key `ukeyFile` describes.
    init(directory: String?, ukeyFile: String, clock: any EngineClock) {
        self.directory = directory
        sms = SandboxSMSGateway(outboxFile: directory.map { "\($0)/sms.jsonl" }, clock: clock)
        email = SandboxEmailSender(outboxFile: directory.map { "\($0)/email.jsonl" }, clock: clock)
        transfer = SandboxTransferGateway(outboxFile: directory.map { "\($0)/transfers.jsonl" }, clock: clock)
        ukey = SandboxUKey(file: ukeyFile)
        invoices = SandboxInvoiceProvider(directory: directory)
        captcha = SandboxCaptchaBoard(outboxFile: directory.map { "\($0)/captcha.jsonl" }, clock: clock)
        issuer = SandboxCertificateIssuer(caFile: directory.map { "\($0)/sandbox-ca.pem" })
    }
}
