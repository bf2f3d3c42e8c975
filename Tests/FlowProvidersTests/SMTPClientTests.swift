import FlowDiagnostics
import FlowEngine
import FlowProviders
import Foundation
import Testing

/// The SMTP client against a real SMTP server: Debian's aiosmtpd on loopback.
@Suite("SMTPClient", .serialized)
struct SMTPClientTests {
    private func client(_ receiver: SMTPReceiver) -> SMTPClient {
        SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: receiver.port, from: "noreply@ca.example.com", timeoutSeconds: 5))
    }

    @Test("a message arrives with UTF-8 headers, its Message-ID from the idempotency key, and dot-stuffed lines intact")
    func delivers() async throws {
        let directory = try TemporaryDirectory()
        let receiver = try SMTPReceiver(directory: directory)
        let message = EmailMessage(
            to: "lisi@example.com", subject: "【ChannelFlow】订单 CF20261126-7K3M9Q 审核通过 / Order approved",
            body: "您好：\n.第一行以点开头\n..two dots\n.\nend", idempotencyKey: "CF20261126-7K3M9Q:approved:email:0123456789abcdef")
        try await client(receiver).send(message)
        let received = try receiver.received()
        #expect(received.count == 1)
        let mail = try #require(received.first)
        #expect(mail.mailFrom == "noreply@ca.example.com")
        #expect(mail.rcptTos == ["lisi@example.com"])
        #expect(mail.mailOptions == ["BODY=8BITMIME"])
        let (headers, body) = try #require(Self.split(mail.data))
        #expect(headers.contains("Message-ID: <CF20261126-7K3M9Q.approved.email.0123456789abcdef@ca.example.com>"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(headers.contains { $0.hasPrefix("Date: ") && $0.hasSuffix(" +0000") })
        let subject = try #require(headers.first { $0.hasPrefix("Subject: ") })
        #expect(Self.decodeWords(String(subject.dropFirst("Subject: ".count))) == message.subject)
        #expect(body == "您好：\r\n.第一行以点开头\r\n..two dots\r\n.\r\nend\r\n")
    }

    @Test("a 4xx reply is a failure to retry, a 5xx reply a permanent one, and neither delivers")
    func refusals() async throws {
        let directory = try TemporaryDirectory()
        let receiver = try SMTPReceiver(directory: directory)
        let smtp = client(receiver)
        for (address, permanent, code) in [("later@example.com", false, "451"), ("refuse@example.com", true, "550")] {
            do throws(ProviderError) {
                try await smtp.send(EmailMessage(to: address, subject: "s", body: "b", idempotencyKey: "k"))
                Issue.record("\(address) was accepted")
            } catch {
                #expect(error.permanent == permanent)
                #expect(error.message.en.contains("at RCPT: \(code) "), "\(error.message.en)")
            }
        }
        #expect(try receiver.received().isEmpty)
    }

    @Test("no server listening is a clear failure to retry")
    func noServer() async throws {
        let smtp = SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: 9, from: "noreply@ca.example.com", timeoutSeconds: 2))
        do throws(ProviderError) {
            try await smtp.send(EmailMessage(to: "a@example.com", subject: "s", body: "b", idempotencyKey: "k"))
            Issue.record("sent to a closed port")
        } catch {
            #expect(!error.permanent)
            #expect(error.message.en == "cannot connect to 127.0.0.1:9")
        }
    }

    /// The header lines (folded lines joined) and the body of a message.
    private static func split(_ data: String) -> ([String], String)? {
        guard let blank = data.range(of: "\r\n\r\n") else { return nil }
        let headers = data[..<blank.lowerBound].replacingOccurrences(of: "\r\n ", with: " ").components(separatedBy: "\r\n")
        return (headers, String(data[blank.upperBound...]))
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words separated by spaces, decoded.
    private static func decodeWords(_ text: String) -> String {
        text.split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
                  let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) else { return String(word) }
            return String(decoding: data, as: UTF8.self)
        }.joined()
    }
}
