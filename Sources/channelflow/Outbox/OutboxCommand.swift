import ArgumentParser

/// `channelflow outbox deliver|list`: the notifications the engine queued, and their delivery.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Deliver and list queued notifications. 投递与查看待发通知。",
        discussion: """
        Events (submitted, approved, rejected, payment received, certificate issued …) queue SMS and \
        e-mail messages from Templates/ in the same transaction as the event. `deliver` sends them \
        with retries and backoff; each message carries an idempotency key so a resend after a crash is \
        recognised by the receiver.
        事件发生时，按 Templates/ 模板生成的短信与邮件与事件在同一事务中写入发件箱；deliver 负责投递、重试与退避。
        """,
        subcommands: [OutboxDeliverCommand.self, OutboxListCommand.self])
}
