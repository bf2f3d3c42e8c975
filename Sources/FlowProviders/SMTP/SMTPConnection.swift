import FlowDiagnostics
import FlowEngine
#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection to an SMTP server, line by line, over plain POSIX sockets. Every read and
/// write waits at most `timeoutSeconds`.
final class SMTPConnection {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    let server: String

    init(host: String, port: Int, timeoutSeconds: Int) throws(ProviderError) {
        server = "\(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw SMTPClient.failure("cannot resolve \(host)", "无法解析 \(host)")
        }
        defer { freeaddrinfo(list) }
        var connected: Int32 = -1
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate, connected < 0 {
            let socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if socket >= 0 {
                var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
                setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                if Glibc.connect(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { connected = socket } else { close(socket) }
            }
            candidate = info.pointee.ai_next
        }
        guard connected >= 0 else { throw SMTPClient.failure("cannot connect to \(server)", "无法连接 \(server)") }
        descriptor = connected
    }

    deinit {
        close(descriptor)
    }

    /// Sends `bytes` whole.
    func write(_ bytes: [UInt8]) throws(ProviderError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw SMTPClient.failure("\(server) closed the connection while we wrote", "写入时 \(server) 关闭了连接") }
            offset += written
        }
    }

    /// One line without its CRLF.
    func readLine() throws(ProviderError) -> String {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else {
                throw SMTPClient.failure(
                    count == 0 ? "\(server) closed the connection" : "\(server) did not answer in time",
                    count == 0 ? "\(server) 关闭了连接" : "\(server) 未及时应答")
            }
            buffer += chunk[..<count]
        }
    }
}
