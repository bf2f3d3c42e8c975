import FlowDiagnostics
import Hummingbird

extension Problem {
    /// The body went past the limit; it was refused as soon as it did, the rest unread.
    static func tooLarge(limit: Int) -> Problem {
        Problem(
            .contentTooLarge, kind: "content-too-large", title: "Request too large",
            message: LocalizedMessage(
                en: "the request body is larger than \(limit) bytes", zh: "请求内容超过 \(limit) 字节上限"))
    }
}

extension Request {
    /// The whole body, refused with 413 as soon as more than `limit` bytes arrive.
    func collectBody(limit: Int) async throws -> ByteBuffer {
        var collected = ByteBuffer()
        for try await chunk in body {
            guard collected.readableBytes + chunk.readableBytes <= limit else { throw Problem.tooLarge(limit: limit) }
            var chunk = chunk
            collected.writeBuffer(&chunk)
        }
        return collected
    }
}
