import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `channelflow serve --port 0` on a workspace's database, running in the background: its port is
/// read from the `listening on http://HOST:PORT` line it prints when ready (never a fixed port:
/// several test runs share a machine), and it is stopped with a signal.
///
///     let server = try await ServerProcess.start(workspace)
///     server.send(SIGTERM)
///     #expect(await server.termination(within: .seconds(10)) == .exited(0))
final class ServerProcess: Sendable {
    let pid: pid_t
    /// `http://127.0.0.1:PORT`.
    let baseURL: String
    let port: Int
    private let stderrPath: String
    private let exit: Task<ChannelFlowBinary.Run.Termination, Never>
    private let ended: EndFlag

    private init(pid: pid_t, baseURL: String, port: Int, stderrPath: String, exit: Task<ChannelFlowBinary.Run.Termination, Never>, ended: EndFlag) {
        self.pid = pid
        self.baseURL = baseURL
        self.port = port
        self.stderrPath = stderrPath
        self.exit = exit
        self.ended = ended
    }

    /// Starts the server and waits for its `listening on` line (at most `timeout`).
    static func start(_ workspace: OrderWorkspace, timeout: Duration = .seconds(60)) async throws -> ServerProcess {
        let binary = try ChannelFlowBinary.located()
        let name = "serve-\(UUID().uuidString)"
        let stdoutPath = workspace.directory.path + "/\(name).out"
        let stderrPath = workspace.directory.path + "/\(name).err"
        var actions = try SpawnActions()
        defer { actions.destroy() }
        try actions.open(0, "/dev/null", O_RDONLY)
        try actions.open(1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC)
        try actions.open(2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC)
        try actions.changeDirectory(workspace.directory.path)
        var environment = ProcessInfo.processInfo.environment
        environment.merge(OrderWorkspace.environment) { _, new in new }
        environment["CHANNELFLOW_LOG"] = "warning"
        let argv = CStrings([binary.path, "serve", "--port", "0", "--db", workspace.database, "--project", workspace.project, "--lang", "en"])
        let envp = CStrings(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer {
            argv.release()
            envp.release()
        }
        let pid = try actions.spawn(binary.path, argv: argv, envp: envp)
        let ended = EndFlag()
        // A thread of its own blocks in waitpid, so no thread of the test runner's pool is held.
        let exit = Task {
            await withCheckedContinuation { continuation in
                Thread {
                    let termination = Self.reap(pid)
                    ended.set()
                    continuation.resume(returning: termination)
                }.start()
            }
        }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let output = (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? ""
            if let match = output.firstMatch(of: #/listening on (http://\S+:(\d+)) /#), let port = Int(match.output.2) {
                return ServerProcess(pid: pid, baseURL: String(match.output.1), port: port, stderrPath: stderrPath, exit: exit, ended: ended)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        _ = kill(pid, SIGKILL)
        let termination = await exit.value
        let errors = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        throw NotListening(description: "channelflow serve did not report its port within \(timeout) (\(termination)): \(errors)")
    }

    private struct NotListening: Error, CustomStringConvertible {
        let description: String
    }

    func send(_ signal: Int32) {
        _ = kill(pid, signal)
    }

    /// How the process ended; if it still runs after `timeout`, it is killed and reported `.timedOut`.
    func termination(within timeout: Duration) async -> ChannelFlowBinary.Run.Termination {
        let ended = await withTaskGroup(of: ChannelFlowBinary.Run.Termination?.self) { group in
            group.addTask { await self.exit.value }
            group.addTask {
                guard (try? await Task.sleep(for: timeout)) != nil else { return nil }
                self.send(SIGKILL)
                return .timedOut(after: timeout)
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        return ended ?? .timedOut(after: timeout)
    }

    /// Whether the process has ended, without waiting for it.
    var hasEnded: Bool {
        ended.isSet
    }

    var stderrText: String {
        (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    }

    private static func reap(_ pid: pid_t) -> ChannelFlowBinary.Run.Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }
}

/// Set once the process has been reaped.
private final class EndFlag: Sendable {
    private let value = Mutex(false)

    func set() {
        value.withLock { $0 = true }
    }

    var isSet: Bool { value.withLock { $0 } }
}
