import Foundation

/// `channelflow serve --port 0` running in the background for a test, on its own database: ready
/// once it prints its `listening on http://HOST:PORT` line (the system chose the port), stopped
/// with SIGTERM like an operator would.
final class ServedBinary: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    /// `http://127.0.0.1:PORT`.
    private(set) var url = ""

    init(_ binary: ChannelFlowBinary, database: String, project: String, directory: String, log: String) throws {
        process.executableURL = URL(fileURLWithPath: binary.path)
        process.arguments = ["serve", "--port", "0", "--db", database, "--project", project]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["CHANNELFLOW_LOG"] = "warning"
        process.environment = environment
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: log)
    }

    /// Starts the server and waits for its `listening on` line.
    func start(timeout: Duration = .seconds(60)) async throws {
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let reader = output.fileHandleForReading
        let line = try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                var text = ""
                while !text.contains("\n") {
                    let chunk = reader.availableData
                    if chunk.isEmpty { return nil }
                    text += String(decoding: chunk, as: UTF8.self)
                }
                return text
            }
            group.addTask {
                // The reader blocks until output or end of file: stopping the server ends it.
                try await Task.sleep(for: timeout)
                self.process.terminate()
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let line, let range = line.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) else {
            stop()
            throw Failure(description: "channelflow serve did not say where it listens within \(timeout)")
        }
        url = String(line[range])
    }

    /// SIGTERM, then waits for the graceful exit; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
