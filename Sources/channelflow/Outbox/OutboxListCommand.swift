import ArgumentParser
import FlowDiagnostics
import FlowDomain
import FlowStore

/// `channelflow outbox list [--status S]`: the queued notifications, recipients masked.
struct OutboxListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The queued notifications, recipients masked. 发件箱通知列表（收件人已脱敏）。",
        discussion: """
        One line per message: id, order, event, sms|email, recipient (masked), status, attempts, \
        idempotency key, last error (masked).
        """)

    @Option(help: "Only pending, sent or failed. 仅列出 pending、sent 或 failed。") var status: String?
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if let status, OutboxStatus(rawValue: status) == nil {
            throw ValidationError("--status must be pending, sent or failed. --status 须为 pending、sent 或 failed。")
        }
    }

    func run() throws {
        let language = languageOption.language
        let messages: [OutboxRecord]
        do {
            let setup = try EngineSetup(engineOptions)
            messages = try OutboxQueue(database: setup.database).list(status: status.flatMap(OutboxStatus.init(rawValue:)))
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message.text(language))
            throw failure.status.exitCode
        } catch {
            Terminal.printError(language == .zh ? "无法读取发件箱：\(error)" : "cannot read the outbox: \(error)")
            throw ExitStatus.internalFailure.exitCode
        }
        if json {
            Terminal.printOut(JSONWriter(pretty: true).string(.array(messages.map { message in
                .object([
                    ("id", .number(String(message.id ?? 0))), ("order", message.orderId.map(JSONValue.string) ?? .null),
                    ("event", .string(message.event ?? "")), ("kind", .string(message.channelKind ?? "")),
                    ("to", .string(message.recipient.map(Masking.recipient) ?? "-")), ("status", .string(message.status.rawValue)),
                    ("attempts", .number(String(message.attempts))), ("sent_at", message.deliveredAt.map { .number(String($0)) } ?? .null),
                    ("idempotency_key", .string(message.idempotencyKey ?? "")), ("last_error", message.lastError.map(JSONValue.string) ?? .null),
                ])
            })))
            return
        }
        Terminal.printOut(messages.map { message in
            [String(message.id ?? 0), message.orderId ?? "-", message.event ?? "-", message.channelKind ?? "-", message.recipient.map(Masking.recipient) ?? "-",
             message.status.rawValue, String(message.attempts), message.idempotencyKey ?? "-", message.lastError ?? ""]
                .joined(separator: "\t")
        }.joined(separator: "\n"))
    }
}
