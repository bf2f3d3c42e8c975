import FlowDiagnostics
import FlowDomain
public import FlowStore
import Foundation

/// The senders a channel's notifications go out through.
public struct NotificationSenders: Sendable {
    public var sms: any SMSGateway
    public var email: any EmailSender

    public init(sms: any SMSGateway, email: any EmailSender) {
        self.sms = sms
        self.email = email
    }
}

/// What one pass of the delivery worker did.
public struct DeliveryReport: Sendable, Hashable {
    public var sent = 0
    /// Failed this time, due again later.
    public var retrying = 0
    /// Given up: a permanent refusal or the last attempt.
    public var failed = 0
    /// Sent, but the lease had run out and another worker had taken the message over.
    public var leaseLost = 0

    public init() {}
}

/// The delivery worker: claims due notifications under a lease, sends each through its channel's
/// provider with its idempotency key, and marks it sent only once the provider accepted it. A
/// worker that dies between sending and marking leaves the message claimed until the lease runs
/// out; the next worker sends it again with the same key, which the receiver recognises. Failures
/// are retried with exponential backoff up to a cap; a permanent refusal is given up at once.
public struct OutboxDelivery: Sendable {
    public var queue: OutboxQueue
    public var clock: any EngineClock
    /// Names this worker's claims.
    public var owner: String
    public var leaseMillis: Int64 = 5 * 60_000
    public var maxAttempts = 8
    public var firstRetryMillis: Int64 = 30_000
    public var retryCapMillis: Int64 = 3_600_000
    public var senders: @Sendable (String) throws -> NotificationSenders
    /// Called after the provider accepted a message and before it is marked sent; the crash tests
    /// stop the process there.
    public var afterSend: (@Sendable (OutboxRecord) -> Void)?

    public init(queue: OutboxQueue, clock: any EngineClock, owner: String, senders: @escaping @Sendable (String) throws -> NotificationSenders) {
        self.queue = queue
        self.clock = clock
        self.owner = owner
        self.senders = senders
    }

    /// Claims and sends batches of `batch` until nothing is due.
    /// A channel's senders are set up once per pass (an HTTP client, a secret read from a file),
    /// not once per message; a channel whose setup fails is tried again for its next message.
    public func deliverDue(batch: Int) async throws -> DeliveryReport {
        var report = DeliveryReport()
        var senders: [String: NotificationSenders] = [:]
        while true {
            let claimed = try queue.claim(owner: owner, limit: batch, now: clock.now(), leaseMillis: leaseMillis)
            if claimed.isEmpty { return report }
            for message in claimed { try await deliver(message, senders: &senders, into: &report) }
        }
    }

    private func deliver(
        _ message: OutboxRecord, senders: inout [String: NotificationSenders], into report: inout DeliveryReport
    ) async throws {
        guard let id = message.id else { return }
        do throws(ProviderError) {
            try await send(message, senders: &senders)
        } catch {
            let permanent = error.permanent || message.attempts >= maxAttempts
            let text = Self.masked(error.message.en, recipient: message.recipient)
            let retryAt = permanent ? nil : clock.now() + backoff(attempts: message.attempts)
            if try queue.markFailed(id, owner: owner, error: text, retryAt: retryAt) {
                if permanent { report.failed += 1 } else { report.retrying += 1 }
            }
            return
        }
        afterSend?(message)
        if try queue.markSent(id, owner: owner, at: clock.now()) { report.sent += 1 } else { report.leaseLost += 1 }
    }

    private func send(_ message: OutboxRecord, senders known: inout [String: NotificationSenders]) async throws(ProviderError) {
        guard let recipient = message.recipient, let body = message.body, let key = message.idempotencyKey else {
            throw ProviderError(provider: "outbox", message: LocalizedMessage(
                en: "outbox message \(message.id ?? 0) has no recipient, text or key", zh: "发件箱消息 \(message.id ?? 0) 缺少收件人、正文或幂等键"),
                permanent: true)
        }
        let channel = JSONText.strings(message.payload)["channel"] ?? ""
        let senders: NotificationSenders
        do {
            senders = try known[channel] ?? self.senders(channel)
            known[channel] = senders
        } catch {
            throw ProviderError(provider: "outbox", message: LocalizedMessage(
                en: "the senders of channel \(channel) cannot be set up: \(error)", zh: "渠道 \(channel) 的发送方无法初始化：\(error)"))
        }
        switch message.channelKind {
        case "sms":
            try await senders.sms.send(SMSMessage(
                to: recipient, text: body, purpose: "notification:" + (message.event ?? ""), idempotencyKey: key))
        default:
            try await senders.email.send(EmailMessage(to: recipient, subject: message.subject ?? "", body: body, idempotencyKey: key))
        }
    }

    /// The wait before attempt `attempts + 1`: doubling from the first retry, never above the cap.
    func backoff(attempts: Int) -> Int64 {
        var wait = firstRetryMillis
        for _ in 1..<max(1, attempts) where wait < retryCapMillis { wait *= 2 }
        return min(wait, retryCapMillis)
    }

    /// An error's text without the recipient or any identifier in it (a server may echo the address).
    static func masked(_ text: String, recipient: String?) -> String {
        var result = Masking.identifiers(in: text)
        if let recipient, !recipient.isEmpty {
            result = result.replacingOccurrences(of: recipient, with: Masking.recipient(recipient))
        }
        return result
    }
}
