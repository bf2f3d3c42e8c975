import FlowEngine
import Foundation

/// The DATA section of one message: headers, a blank line, the body with CRLF line ends and every
/// line that starts with "." doubled (RFC 5321 §4.5.2), and the closing "." line.
struct SMTPMessage {
    var from: String
    var message: EmailMessage
    var date: Date

    var dataSection: String {
        let headers = [
            "From: \(from)", "To: \(message.to)", "Subject: \(Self.encodedWords(message.subject))",
            "Date: \(Self.rfc5322(date))", "Message-ID: \(Self.messageID(message.idempotencyKey, from: from))",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
        ]
        var lines = message.body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            if text.hasSuffix("\r") { text.removeLast() }
            return text.hasPrefix(".") ? "." + text : text
        }
        if lines.last == "" { lines.removeLast() }
        return (headers + [""] + lines + ["."]).joined(separator: "\r\n") + "\r\n"
    }

    /// `<key@domain>`: the key with its `:` as `.` (not allowed there), at the sender's domain.
    static func messageID(_ key: String, from: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "channelflow.invalid"
        let left = String(key.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "."
        })
        return "<\(left)@\(domain)>"
    }

    /// The text as it is when ASCII, else RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters,
    /// each holding whole characters.
    static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) else { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 45 bytes encode to 60 base64 characters; with "=?UTF-8?B?" and "?=" that is 72.
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// `Thu, 26 Nov 2026 09:30:00 +0000`.
    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
