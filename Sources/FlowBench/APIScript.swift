public import FlowEngine
import FlowDiagnostics
import Foundation

/// What a load client submits at each step of its orders: the answers of an answers book (the
/// sample `Examples/answers/…yaml`) as the API takes them, JSON, or multipart when the step
/// uploads materials. Every order gets a subject (`uscc`) and an agent mobile of its own: one
/// open order per subject is the rule, and the sandbox sends at most five codes an hour to a phone.
public struct APIScript: Sendable {
    /// A submission's body and its `Content-Type`.
    struct Body {
        var bytes: [UInt8]
        var contentType: String
    }

    public var channel: String
    public var flow: String
    let book: AnswersBook

    public init(channel: String, flow: String, book: AnswersBook) {
        self.channel = channel
        self.flow = flow
        self.book = book
    }

    /// The path that starts an order.
    var startPath: String { "/api/v1/channels/\(channel)/flows/\(flow)/orders" }

    /// The answers of `step` for the order numbered `serial`.
    func answers(step: String, serial: Int) -> [String: RawAnswer] {
        var answers = book.answers[step] ?? [:]
        for case let (field, .text(text)) in answers {
            answers[field] = .text(Self.personalised(field, text, serial: serial))
        }
        return answers
    }

    /// The uploads of `step`.
    func uploads(step: String) -> [String: MaterialUpload] {
        book.uploads[step] ?? [:]
    }

    /// The submission of `step` on `version` for the order numbered `serial`.
    func submission(step: String, version: Int64, serial: Int) -> Body {
        let answers = self.answers(step: step, serial: serial).sorted { $0.key < $1.key }.map { field, answer -> (String, JSONValue) in
            switch answer {
            case let .text(text): (field, .string(text))
            case let .sandboxCode(kind): (field, .object([("sandbox", .string(kind))]))
            }
        }
        let json = Array(JSONWriter().string(.object([("answers", .object(answers)), ("version", .number(String(version)))])).utf8)
        let uploads = self.uploads(step: step)
        guard !uploads.isEmpty else { return Body(bytes: json, contentType: "application/json") }
        let boundary = "channelflow-bench-\(serial)-\(version)"
        var bytes: [UInt8] = []
        func part(_ disposition: String, type: String, _ content: [UInt8]) {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; \(disposition)\r\nContent-Type: \(type)\r\n\r\n".utf8)
            bytes += content + Array("\r\n".utf8)
        }
        part("name=\"answers\"", type: "application/json", json)
        for (material, upload) in uploads.sorted(by: { $0.key < $1.key }) {
            part("name=\"\(material)\"; filename=\"\(upload.name)\"", type: "application/octet-stream", upload.bytes)
        }
        bytes += Array("--\(boundary)--\r\n".utf8)
        return Body(bytes: bytes, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private static func personalised(_ field: String, _ text: String, serial: Int) -> String {
        switch field {
        case "uscc": SyntheticUSCC.make(serial)
        case "agent_mobile": "139" + String(format: "%08d", serial % 100_000_000)
        default: text
        }
    }
}
