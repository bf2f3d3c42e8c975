import FlowDiagnostics
public import FlowEngine
import Foundation

/// Sends e-mail to an SMTP relay: EHLO, MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT, one
/// connection per message. The message is UTF-8 plain text (`BODY=8BITMIME` when the relay offers
/// it) with an RFC 2047 subject, a `Date` and a `Message-ID` made from the outbox's idempotency
/// key, so a message sent again after a crash carries the same id. A 4xx reply is a failure to
/// retry; a 5xx reply a permanent refusal.
public struct SMTPClient: EmailSender {
    static let provider = "smtp"

    public let settings: SMTPSettings
    public var kind: ProviderKind { .smtp }

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    public func send(_ message: EmailMessage) async throws(ProviderError) {
        let connection = try SMTPConnection(host: settings.host, port: settings.port, timeoutSeconds: settings.timeoutSeconds)
        try expect(SMTPReply.read(connection), [220], "greeting")
        let hello = try command(connection, "EHLO \(settings.heloName)", 250)
        let eightBit = hello.lines.contains { $0.uppercased().hasPrefix("8BITMIME") }
        try command(connection, "MAIL FROM:<\(settings.from)>" + (eightBit ? " BODY=8BITMIME" : ""), 250)
        try command(connection, "RCPT TO:<\(message.to)>", 250, 251)
        try command(connection, "DATA", 354)
        let text = SMTPMessage(from: settings.from, message: message, date: Date()).dataSection
        try connection.write(Array(text.utf8))
        try expect(SMTPReply.read(connection), [250], "end of data")
        // The relay took the message; a failed QUIT changes nothing about that.
        _ = try? command(connection, "QUIT", 221)
    }

    @discardableResult
    private func command(_ connection: SMTPConnection, _ line: String, _ accepted: Int...) throws(ProviderError) -> SMTPReply {
        try connection.write(Array((line + "\r\n").utf8))
        let reply = try SMTPReply.read(connection)
        try expect(reply, accepted, String(line.prefix { $0 != " " && $0 != ":" }))
        return reply
    }

    private func expect(_ reply: SMTPReply, _ accepted: [Int], _ step: String) throws(ProviderError) {
        guard !accepted.contains(reply.code) else { return }
        let permanent = reply.code >= 500
        let kind = permanent ? LocalizedMessage(en: "refused for good", zh: "永久拒绝") : LocalizedMessage(en: "refused for now, to retry", zh: "暂时拒绝，将重试")
        throw ProviderError(provider: Self.provider, message: LocalizedMessage(
            en: "\(settings.host):\(settings.port) \(kind.en) at \(step): \(reply.text)",
            zh: "\(settings.host):\(settings.port) 在 \(step) 时\(kind.zh)：\(reply.text)"), permanent: permanent)
    }

    static func failure(_ en: String, _ zh: String) -> ProviderError {
        ProviderError(provider: provider, message: LocalizedMessage(en: en, zh: zh))
    }
}
