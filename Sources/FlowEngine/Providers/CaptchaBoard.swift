/// Where a captcha is shown besides the step report: the sandbox keeps each code so that an
/// answers file can say `{sandbox: captcha}` (it conforms to ``SandboxCodeSource``).
public protocol CaptchaBoard: Sendable {
    var kind: ProviderKind { get }
    func show(_ code: String, order: String) throws(ProviderError)
}
