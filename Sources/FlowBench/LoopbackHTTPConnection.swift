import Glibc

/// An HTTP/1.1 reply: its status and its whole body.
public struct HTTPReply: Sendable {
    public var status: Int
    public var body: [UInt8]
}

/// Why a request over a ``LoopbackHTTPConnection`` got no reply.
public enum LoopbackHTTPError: Error, Sendable, CustomStringConvertible {
    case connect(errno: Int32)
    case send(errno: Int32)
    case receive(errno: Int32)
    /// The server closed the connection before the reply was complete.
    case closed
    case malformed(String)

    public var description: String {
        switch self {
        case let .connect(code): "cannot connect: \(String(cString: strerror(code)))"
        case let .send(code): "cannot send: \(String(cString: strerror(code)))"
        case let .receive(code): "cannot receive: \(String(cString: strerror(code)))"
        case .closed: "the server closed the connection before its reply was complete"
        case let .malformed(what): "malformed reply: \(what)"
        }
    }
}

/// One keep-alive HTTP/1.1 connection to a server on 127.0.0.1, over a blocking socket: the
/// transport of `bench serve`'s load clients and of the server fault tests.
///
/// The load clients share the machine's cores with the server they measure, so they must cost
/// little: a general HTTP client (connection pool, event loop, pipeline handlers) took about a
/// fifth of the CPU of a `bench serve` run. This one does what the clients need and no more:
/// a request with a body, a reply with a `Content-Length` or chunked body. It reconnects when the
/// server closed the connection; after an error the connection is closed, its state unknown.
///
/// Not thread-safe: one client thread owns each connection.
public final class LoopbackHTTPConnection {
    private let port: Int
    private let timeoutSeconds: Int
    private var socket: Int32 = -1
    /// Received bytes not yet consumed: `received[consumed...]`.
    private var received: [UInt8] = []
    private var consumed = 0

    public init(port: Int, timeoutSeconds: Int = 60) {
        self.port = port
        self.timeoutSeconds = timeoutSeconds
    }

    deinit {
        close()
    }

    /// Sends a request with `body` (its `Host` and `Content-Length` added) and waits for its reply.
    public func request(
        _ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) throws(LoopbackHTTPError) -> HTTPReply {
        try send(Self.head(method, path, headers: headers, bodyLength: body.count) + body)
        return try receiveReply()
    }

    /// The head of a request whose body is `bodyLength` bytes, for a caller that sends the body in parts.
    public static func head(_ method: String, _ path: String, headers: [(String, String)], bodyLength: Int) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(bodyLength)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Array(head.utf8)
    }

    /// Sends `bytes`, connecting first when the connection is closed.
    public func send(_ bytes: [UInt8]) throws(LoopbackHTTPError) {
        if socket < 0 { try open() }
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.send(socket, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close()
                throw .send(errno: code)
            }
            sent += count
        }
    }

    /// Reads one reply. A reply that asks to close the connection (or has no length) closes it.
    public func receiveReply() throws(LoopbackHTTPError) -> HTTPReply {
        received.removeFirst(consumed)
        consumed = 0
        do {
            var head = try readHead()
            while (100..<200).contains(head.status) { head = try readHead() }
            let body: [UInt8]
            if head.status == 204 || head.status == 304 {
                body = []
            } else if head.chunked {
                body = try readChunkedBody()
            } else if let length = head.contentLength {
                body = try take(length)
            } else {
                body = try readToEnd()
            }
            if head.closes || head.contentLength == nil && !head.chunked { close() }
            return HTTPReply(status: head.status, body: body)
        } catch {
            close()
            throw error
        }
    }

    public func close() {
        if socket >= 0 { _ = Glibc.close(socket) }
        socket = -1
        received.removeAll(keepingCapacity: true)
        consumed = 0
    }

    private func open() throws(LoopbackHTTPError) {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .connect(errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            _ = Glibc.close(descriptor)
            throw .connect(errno: code)
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        socket = descriptor
    }

    /// Receives more bytes into the buffer; false at the end of the stream.
    private func receive() throws(LoopbackHTTPError) -> Bool {
        guard socket >= 0 else { return false }
        let start = received.count
        received.append(contentsOf: repeatElement(0, count: 65_536))
        while true {
            let count = received.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + start, 65_536, 0) }
            if count < 0, errno == EINTR { continue }
            received.removeLast(65_536 - max(count, 0))
            if count < 0 { throw .receive(errno: errno) }
            return count > 0
        }
    }

    /// The next `count` bytes.
    func take(_ count: Int) throws(LoopbackHTTPError) -> [UInt8] {
        while received.count - consumed < count {
            guard try receive() else { throw .closed }
        }
        defer { consumed += count }
        return Array(received[consumed..<consumed + count])
    }

    /// The next line without its CRLF.
    func line() throws(LoopbackHTTPError) -> [UInt8] {
        var searched = consumed
        while true {
            if let end = received[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = received[consumed..<end]
                consumed = end + 1
                return Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
            }
            searched = received.count
            guard try receive() else { throw .closed }
        }
    }

    private func readToEnd() throws(LoopbackHTTPError) -> [UInt8] {
        while try receive() {}
        defer { consumed = received.count }
        return Array(received[consumed...])
    }
}
