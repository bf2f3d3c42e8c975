#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for testing the HTTP adapters
/// against real sockets: it records every request and answers each path with a canned response,
/// one connection at a time per thread, always closing the connection after the answer.
final class TestHTTPServer: Sendable {
    struct Response: Sendable {
        var status: Int = 200
        var body: String
        /// Seconds to wait before answering, to play a slow service.
        var delay: Double = 0
    }

    struct Request: Sendable {
        var method: String
        var path: String
        /// Header names in lower case.
        var headers: [String: String]
        var body: Data

        /// The body as a JSON object.
        var json: [String: String] {
            get throws {
                let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
                return object.mapValues { "\($0)" }
            }
        }
    }

    struct Failure: Error {
        var call: String
    }

    let port: UInt16
    private let listener: Int32
    private let routes: [String: Response]
    private let recorded = Mutex<[Request]>([])

    /// Starts listening; `routes` maps a request path (`/api/enterprise/verify`) to its answer,
    /// any other path is answered 404.
    init(routes: [String: Response]) throws {
        self.routes = routes
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw Failure(call: "socket") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(listener, generic, length) == 0 && listen(listener, 16) == 0
                    && getsockname(listener, generic, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw Failure(call: "bind")
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    func url(_ path: String = "") -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Every request received so far, oldest first.
    var requests: [Request] {
        recorded.withLock { $0 }
    }

    /// Stops accepting; answers already being delayed are still written, to a closed peer. The
    /// accepting thread closes the listener itself: closed here, its number could be reused by
    /// another test's server while that thread still calls `accept` on it, stealing a connection.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = readRequest(connection) else { return }
        recorded.withLock { $0.append(request) }
        let response = routes[request.path] ?? Response(status: 404, body: "{}")
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        let body = Array(response.body.utf8)
        let head = "HTTP/1.1 \(response.status) Canned\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a client that gave up must not kill the test process with SIGPIPE.
            let sent = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        var expected = 0
        while headerEnd == nil || buffer.count < (headerEnd ?? 0) + expected {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
            if headerEnd == nil, let range = buffer.firstRange(of: separator) {
                headerEnd = range.upperBound
                let head = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                expected = Int(Self.headers(head)["content-length"] ?? "0") ?? 0
            }
        }
        guard let headerEnd else { return nil }
        let head = String(decoding: buffer[..<(headerEnd - separator.count)], as: UTF8.self)
        let requestLine = head.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return nil }
        return Request(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: Self.headers(head),
            body: Data(buffer[headerEnd..<(headerEnd + expected)])
        )
    }

    private static func headers(_ head: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            result[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}
