import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A test client's requests to the API, each answer kept with the operation it came from, so the
/// whole conversation can be checked against the OpenAPI document afterwards.
final class APIExchange: @unchecked Sendable {
    struct Answer {
        var operation: String
        var status: Int
        var contentType: String
        var json: [String: Any]
        var bytes: [UInt8]
    }

    let client: any TestClientProtocol
    let server: TestServer
    let channel: String
    private(set) var answers: [Answer] = []

    init(_ client: any TestClientProtocol, server: TestServer, channel: String) {
        self.client = client
        self.server = server
        self.channel = channel
    }

    @discardableResult
    func send(
        _ operation: String, _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, multipart: Multipart? = nil,
        idempotencyKey: String? = nil
    ) async throws -> Answer {
        var headers = server.headers(channel, idempotencyKey: idempotencyKey, json: multipart == nil)
        var body: ByteBuffer?
        if let json { body = ByteBuffer(string: json) }
        if let multipart {
            headers[.contentType] = "multipart/form-data; boundary=\(multipart.boundary)"
            body = ByteBuffer(bytes: multipart.bytes)
        }
        let answer = try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            Answer(
                operation: operation, status: response.status.code, contentType: response.headers[.contentType] ?? "",
                json: response.body.json, bytes: Array(response.body.readableBytesView))
        }
        answers.append(answer)
        return answer
    }

    /// One JSON line per answer: operation, status, content type and body.
    func jsonLines() throws -> String {
        try answers.map { answer in
            let line: [String: Any] = [
                "operation": answer.operation, "status": answer.status, "contentType": answer.contentType,
                "body": answer.json,
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self)
        }.joined(separator: "\n")
    }
}

/// A multipart/form-data body: the submission JSON in `answers`, one file part per material.
struct Multipart {
    let boundary = "channelflow-test-boundary"
    var bytes: [UInt8] = []

    init(answers: String, files: [(material: String, name: String, bytes: [UInt8])]) {
        append("--\(boundary)\r\nContent-Disposition: form-data; name=\"answers\"\r\nContent-Type: application/json\r\n\r\n\(answers)\r\n")
        for file in files {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.material)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            bytes += file.bytes
            append("\r\n")
        }
        append("--\(boundary)--\r\n")
    }

    private mutating func append(_ text: String) {
        bytes += Array(text.utf8)
    }
}
