import FlowEngine

/// A server's reply: its code and its lines (`250-first`, …, `250 last`).
struct SMTPReply: Sendable, Hashable {
    var code: Int
    var lines: [String]

    /// Reads one reply, however many lines it has.
    static func read(_ connection: SMTPConnection) throws(ProviderError) -> SMTPReply {
        var lines: [String] = []
        while true {
            let line = try connection.readLine()
            let scalars = Array(line.utf8)
            guard scalars.count >= 3, let code = Int(String(decoding: scalars[0..<3], as: UTF8.self)) else {
                throw SMTPClient.failure("\(connection.server) sent a line that is not an SMTP reply", "\(connection.server) 的应答不是 SMTP 应答")
            }
            lines.append(scalars.count > 4 ? String(decoding: scalars[4...], as: UTF8.self) : "")
            if scalars.count == 3 || scalars[3] == UInt8(ascii: " ") { return SMTPReply(code: code, lines: lines) }
        }
    }

    /// The reply's text on one line, for messages.
    var text: String { "\(code) " + lines.joined(separator: " ") }
}
