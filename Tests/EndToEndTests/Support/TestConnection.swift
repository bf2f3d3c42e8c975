import FlowBench
import Foundation
import Synchronization

/// A test's HTTP connection to a server process on loopback. Its replies are awaited on a thread
/// of their own, so a blocking read holds no thread of the test runner's pool.
final class TestConnection: Sendable {
    private let connection: Mutex<LoopbackHTTPConnection>

    init(port: Int) {
        connection = Mutex(LoopbackHTTPConnection(port: port))
    }

    func send(_ bytes: [UInt8]) throws {
        try connection.withLock { connection throws(LoopbackHTTPError) in try connection.send(bytes) }
    }

    func reply() async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    continuation.resume(returning: try self.connection.withLock { connection throws(LoopbackHTTPError) in
                        try connection.receiveReply()
                    })
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    /// A GET of `path` with the API key.
    func get(_ path: String, key: String) async throws -> HTTPReply {
        try send(LoopbackHTTPConnection.head("GET", path, headers: [("Authorization", "Bearer \(key)")], bodyLength: 0))
        return try await reply()
    }
}
