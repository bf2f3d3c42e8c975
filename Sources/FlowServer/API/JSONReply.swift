import Hummingbird

/// A finished answer as bytes: what an idempotency key replays and what the client receives.
struct JSONReply: Sendable {
    var status: HTTPResponse.Status
    var contentType: String
    var body: [UInt8]
    var location: String?

    init(status: HTTPResponse.Status = .ok, _ payload: some Encodable, location: String? = nil) throws {
        self.status = status
        contentType = "application/json"
        body = try JSONBodyEncoder.encode(payload)
        self.location = location
    }

    init(_ problem: Problem) throws {
        status = problem.status
        contentType = "application/problem+json"
        body = try JSONBodyEncoder.encode(problem)
    }

    init(status: HTTPResponse.Status, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    var response: Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let location { headers[.location] = location }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
