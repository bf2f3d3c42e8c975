import Foundation

/// `channelflow serve --port 0` running in the background on a workspace's database, found ready
/// by its `listening on http://HOST:PORT` line; stopped with SIGTERM (or killed) by the test.
final class ServerProcess: @unchecked Sendable {
    struct NotListening: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    let port: Int
    private let output: Pipe

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts the server and waits (up to `timeout`) for it to listen.
    init(workspace: OrderWorkspace, arguments: [String] = [], timeout: Duration = .seconds(60)) throws {
        process.executableURL = URL(fileURLWithPath: workspace.binary.path)
        process.arguments = ["serve", "--port", "0", "--db", workspace.database, "--project", workspace.project] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.directory.path)
        var environment = ProcessInfo.processInfo.environment
        environment["CHANNELFLOW_NOW"] = OrderWorkspace.now
        environment["CHANNELFLOW_LOG"] = "warning"
        process.environment = environment
        output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let deadline = ContinuousClock.now + timeout
        var text = ""
        while !text.contains("\n"), ContinuousClock.now < deadline, process.isRunning {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"listening on http://[^:]+:(\d+)"#, options: .regularExpression),
              let port = Int(text[range].split(separator: ":").last ?? "")
        else {
            process.terminate()
            throw NotListening(description: "channelflow serve did not report listening: \(text)")
        }
        self.port = port
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
