import Foundation

/// Debian's aiosmtpd on a loopback port with the handler of `Tests/Tools/SMTPReceiver`, which
/// prints each accepted message as a JSON line; started by a test and stopped with it.
final class SMTPReceiver {
    struct Received: Decodable {
        var mailFrom: String
        var mailOptions: [String]
        var rcptTos: [String]
        var data: String
    }

    let port: Int
    private let process = Process()
    private let output: String

    init(directory: TemporaryDirectory) throws {
        port = Int.random(in: 20_000...60_000)
        output = directory.file("smtp-received.jsonl")
        guard FileManager.default.createFile(atPath: output, contents: nil) else {
            throw ReceiverFailure(message: "cannot create \(output)")
        }
        let handler = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tools/SMTPReceiver").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "smtp_receiver.JSONLines"]
        process.environment = ["PYTHONPATH": handler, "PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        try waitUntilListening()
    }

    deinit {
        // aiosmtpd's event loop does not stop on SIGTERM; SIGKILL loses nothing a test reads.
        kill(process.processIdentifier, SIGKILL)
        while process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
    }

    /// Every message received so far, in order.
    func received() throws -> [Received] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { line in
            try decoder.decode(Received.self, from: Data(line.utf8))
        }
    }

    private func waitUntilListening() throws {
        for _ in 0..<100 {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(socket) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if connected == 0 { return }
            guard process.isRunning else { throw ReceiverFailure(message: "aiosmtpd exited: is python3-aiosmtpd installed (scripts/ensure-deps)?") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ReceiverFailure(message: "aiosmtpd did not listen on 127.0.0.1:\(port)")
    }

    struct ReceiverFailure: Error {
        var message: String
    }
}
