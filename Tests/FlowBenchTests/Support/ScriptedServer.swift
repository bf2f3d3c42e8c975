import Foundation
import Glibc
import Synchronization

/// A server on 127.0.0.1 that answers each request it reads with the next reply of its script,
/// byte for byte, so a client's handling of every kind of HTTP/1.1 reply can be tested on a real
/// socket. It serves its connections one after another and records each request's raw bytes.
final class ScriptedServer: Sendable {
    enum Reply: Sendable {
        /// Writes these bytes and keeps the connection open.
        case send(String)
        /// Writes these bytes, then closes the connection.
        case sendAndClose(String)
    }

    let port: Int
    private let listener: Int32
    private let script: Mutex<[Reply]>
    private let recorded = Mutex<(requests: [String], connections: Int)>(([], 0))

    init(_ script: [Reply]) throws {
        self.script = Mutex(script)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listener >= 0, bound else {
            if listener >= 0 { close(listener) }
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in serve() }.start()
    }

    /// Each request received so far (head and body), and how many connections brought them.
    var requests: [String] { recorded.withLock { $0.requests } }
    var connections: Int { recorded.withLock { $0.connections } }

    /// Stops accepting. The serving thread closes the listener itself, so no later test's socket
    /// can reuse its number while that thread may still call `accept` on it.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                close(listener)
                return
            }
            recorded.withLock { $0.connections += 1 }
            converse(connection)
            close(connection)
        }
    }

    private func converse(_ connection: Int32) {
        while let request = Self.readRequest(connection) {
            recorded.withLock { $0.requests.append(request) }
            guard let reply = script.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { return }
            switch reply {
            case let .send(bytes): Self.write(bytes, connection)
            case let .sendAndClose(bytes):
                Self.write(bytes, connection)
                return
            }
        }
    }

    private static func write(_ text: String, _ connection: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// One request: the head up to its empty line, then as many bytes as its Content-Length says.
    private static func readRequest(_ connection: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while !bytes.ends(with: Array("\r\n\r\n".utf8)) {
            guard recv(connection, &byte, 1, 0) == 1 else { return nil }
            bytes.append(byte)
        }
        let head = String(decoding: bytes, as: UTF8.self)
        let length = head.firstMatch(of: #/Content-Length: (\d+)/#).flatMap { Int($0.output.1) } ?? 0
        for _ in 0..<length {
            guard recv(connection, &byte, 1, 0) == 1 else { return nil }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element: Equatable {
    fileprivate func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
