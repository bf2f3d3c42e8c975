public import FlowEngine

/// The sandbox captcha board: records each code shown in an outbox (JSON lines, mode 0600) so a
/// headless run in another process can answer `{sandbox: captcha}`.
public struct SandboxCaptchaBoard: CaptchaBoard, SandboxCodeSource {
    static let provider = "sandbox captcha"

    private let outbox: SandboxOutbox

    public var kind: ProviderKind { .sandbox }

    public init(outboxFile: String?, clock: any EngineClock = SystemClock()) {
        outbox = SandboxOutbox(file: outboxFile, provider: Self.provider, clock: clock)
    }

    public func show(_ code: String, order: String) throws(ProviderError) {
        try outbox.append(recipient: order, masked: order, purpose: "captcha", text: "随机码 captcha", code: code)
    }

    public func sentCodes() throws(ProviderError) -> [String] {
        try outbox.codes()
    }
}
