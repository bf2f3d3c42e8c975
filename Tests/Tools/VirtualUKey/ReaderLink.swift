import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The TCP connection to vpcd, pcscd's virtual reader driver. vpcd listens; the card connects.
/// Each frame is a 2-byte big-endian length and a payload: a 1-byte control code (00 power off,
/// 01 power on, 02 reset, 04 send the ATR) or an APDU, which the card answers in a frame.
struct ReaderLink {
    private let socket: Int32

    /// Connects to vpcd at `host:port`, retrying until `timeout` seconds pass (pcscd may still be starting).
    init(host: String, port: UInt16, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw LinkError("socket: \(String(cString: strerror(errno)))") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
                Glibc.close(fd)
                throw LinkError("\(host) is not an IPv4 address")
            }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            if connected == 0 {
                // vpcd sends length and payload separately: without NODELAY every APDU waits for a delayed ACK.
                var one: Int32 = 1
                setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                socket = fd
                return
            }
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            guard Date() < deadline else {
                throw LinkError("cannot reach vpcd at \(host):\(port) (\(reason)); is pcscd running with the vpcd reader?")
            }
            usleep(100_000)
        }
    }

    /// The next payload, or nil when vpcd closed the connection.
    func receive() throws -> [UInt8]? {
        guard let header = try read(2) else { return nil }
        let length = Int(header[0]) << 8 | Int(header[1])
        return length == 0 ? [] : try read(length)
    }

    func send(_ payload: [UInt8]) throws {
        let frame = [UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)] + payload
        var sent = 0
        while sent < frame.count {
            let written = frame[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw LinkError("send: \(String(cString: strerror(errno)))") }
            sent += written
        }
    }

    func close() {
        Glibc.close(socket)
    }

    private func read(_ count: Int) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer[filled...].withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if got == 0 { return nil }
            if got < 0 {
                if errno == EINTR { continue }
                throw LinkError("recv: \(String(cString: strerror(errno)))")
            }
            filled += got
        }
        return buffer
    }
}

struct LinkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
