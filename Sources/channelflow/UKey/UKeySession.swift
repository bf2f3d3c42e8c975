import FlowDiagnostics
import FlowEngine
import FlowProviders
import SmartCard

/// Runs a `ukey` command's work on the key, turning a refusal into the command's failure.
enum UKeySession {
    /// `body` on the key in `reader`; a PC/SC or card failure exits 1 with its bilingual reason.
    static func run<T>(
        reader: String?, _ body: (UKeyCard) throws(UKeyCardError) -> Result<T, ProviderError>
    ) throws(CommandFailure) -> T {
        do {
            return try UKeyReader.withCard(reader: reader, body)
        } catch {
            throw CommandFailure(.inputErrors, error.message)
        }
    }

    /// A password from the terminal (no echo) or the next line of standard input; empty is refused.
    static func password(_ prompt: LocalizedMessage, _ language: Language) throws(CommandFailure) -> String {
        guard let text = SecretLine.read(prompt: prompt.text(language)), !text.isEmpty else {
            throw CommandFailure(.usage, LocalizedMessage(
                en: "no password given (\(prompt.en)); type it, or pipe it in on its own line",
                zh: "未提供密码（\(prompt.zh)），请输入，或通过标准输入逐行提供"))
        }
        return text
    }

    /// The failure a refused password check is; nil when the password was right.
    static func refused(_ check: PasswordCheck, what: LocalizedMessage) -> CommandFailure? {
        switch check {
        case .verified:
            nil
        case let .wrong(left):
            CommandFailure(.inputErrors, LocalizedMessage(
                en: "wrong \(what.en); \(left) tries left before it locks", zh: "\(what.zh)错误，还可尝试 \(left) 次，之后将被锁定"))
        case .blocked:
            CommandFailure(.inputErrors, LocalizedMessage(
                en: "the \(what.en) is blocked; the key must be unlocked (`channelflow ukey unlock`, or the unlock process)",
                zh: "\(what.zh)已锁定，须先解锁（channelflow ukey unlock 或证书解锁业务）"))
        }
    }
}
