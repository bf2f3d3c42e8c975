import FlowDiagnostics
import FlowModel
import FlowStore

/// Resolves `{sandbox: sms}`, `{sandbox: transfer}` and `{sandbox: captcha}` answers to the code a sandbox provider
/// "sent" to this order: the newest sent code that matches a hash the order stored. Real
/// providers cannot be read back, so with them such an answer is refused.
struct SandboxAnswers {
    let providers: Providers
    let store: OrderStore
    let now: Int64
    /// Codes sent in this run and not committed yet (the step's entry ran again just now).
    let uncommitted: [OneTimeCodeRecord]

    func resolve(_ given: [String: RawAnswer], step: Step, state: OrderState) throws(EngineError) -> [String: String] {
        var text: [String: String] = [:]
        for (field, answer) in given {
            switch answer {
            case let .text(value):
                text[field] = value
            case let .sandboxCode(kind):
                // A field the step does not have is left for validation to report as such.
                let asked = step.allFields.contains { $0.id.value == field }
                text[field] = asked ? try code(kind, field: field, order: state.id) : "{sandbox: \(kind)}"
            }
        }
        return text
    }

    private func code(_ kind: String, field: String, order: String) throws(EngineError) -> String {
        let source: any SandboxCodeSource
        switch kind {
        case "sms":
            guard let sms = providers.sms as? any SandboxCodeSource else { throw notSandbox("sms", providers.sms.kind) }
            source = sms
        case "transfer":
            guard let transfer = providers.transfer as? any SandboxCodeSource else { throw notSandbox("transfer", providers.transfer.kind) }
            source = transfer
        case "captcha":
            guard let captcha = providers.captcha as? any SandboxCodeSource else { throw notSandbox("captcha", providers.captcha.kind) }
            source = captcha
        default:
            throw .notAllowed(LocalizedMessage(
                en: "{sandbox: \(kind)} is not a sandbox answer; use {sandbox: sms}, {sandbox: transfer} or {sandbox: captcha}",
                zh: "{sandbox: \(kind)} 不是沙箱答案；可用 {sandbox: sms}、{sandbox: transfer} 或 {sandbox: captcha}"))
        }
        let stored: [OneTimeCodeRecord]
        let sent: [String]
        do { stored = try (uncommitted + store.codes(of: order)).filter { $0.expiresAt >= now } } catch { throw .storage(error) }
        do { sent = try source.sentCodes() } catch { throw .provider(error.message) }
        // A code still unused is the one being asked for; a used one only when nothing else fits.
        for candidates in [stored.filter { !$0.used }, stored] {
            for code in sent where candidates.contains(where: { OneTimeCodes.matches(code, $0.codeHash) }) {
                return code
            }
        }
        throw .notAllowed(LocalizedMessage(
            en: "the sandbox sent no \(kind) code for \(field) in this order", zh: "沙箱未向本订单发送 \(field) 所需的\(kind)验证码"))
    }

    private func notSandbox(_ role: String, _ kind: ProviderKind) -> EngineError {
        .notAllowed(LocalizedMessage(
            en: "the answers ask for a sandbox code, but the \(role) provider is \(kind.rawValue); give the real code",
            zh: "答案文件要求读取沙箱验证码，但 \(role) 服务为 \(kind.rawValue)，请填写真实验证码"))
    }
}
