import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `channelflow` executable built next to the test bundle, and a way to run it under a
/// watchdog: a hang becomes a failed test after the timeout instead of a stalled CI job.
///
/// The child's standard output and error go to temporary files, so a child that writes megabytes
/// can never block on a full pipe; its CPU time and (when it can be told) peak memory come from
/// `wait4`.
///
///     let binary = try ChannelFlowBinary.located()
///     let run = try await binary.run(["yaml", "--lang", "en", "flow.yaml"], currentDirectory: folder)
///     #expect(run.exitStatus == 0)
struct ChannelFlowBinary: Sendable {
    /// Absolute path of the executable.
    let path: String

    /// Why the binary could not be found or run.
    enum Failure: Error, CustomStringConvertible {
        case notFound(searched: [String])
        case system(call: String, code: Int32)
        case currentDirectoryUnsupported

        var description: String {
            switch self {
            case let .notFound(searched):
                "no built channelflow executable next to the test bundle; searched: "
                    + searched.joined(separator: ", ") + " (set CHANNELFLOW_BINARY to override)"
            case let .system(call, code):
                "\(call) failed: \(String(cString: strerror(code)))"
            case .currentDirectoryUnsupported:
                "this C library cannot set a spawned process's working directory"
            }
        }
    }

    /// What the child reads on standard input.
    enum StandardInput: Sendable {
        /// `/dev/null`.
        case none
        /// The bytes, from a regular temporary file (the child can `fstat` its size).
        case bytes([UInt8])
        /// The bytes, written through a socket while the child runs, as from a shell pipe; the
        /// child may stop reading early, which is not an error.
        case stream([UInt8])
    }

    /// How a run ended, with everything it wrote.
    struct Run: Sendable {
        enum Termination: Sendable, Equatable, CustomStringConvertible {
            /// The process exited with this status.
            case exited(Int32)
            /// A signal killed the process (a crash, or a kill from outside the watchdog).
            case signaled(Int32)
            /// The watchdog killed the process with SIGKILL when the deadline passed.
            case timedOut(after: Duration)

            var description: String {
                switch self {
                case let .exited(status): "exited with status \(status)"
                case let .signaled(signal): "killed by signal \(signal) (\(ChannelFlowBinary.signalName(signal)))"
                case let .timedOut(after): "killed by the watchdog after \(after)"
                }
            }
        }

        var arguments: [String]
        var termination: Termination
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// From spawn to reaping the child.
        var wallTime: Duration
        /// User plus system CPU time of the child.
        var cpuTime: Duration
        /// The child's peak resident set size in bytes, or nil when it cannot be told apart from
        /// the test process's own.
        ///
        /// On Linux a spawned process's `ru_maxrss` starts at its parent's peak (`exec` records the
        /// high-water mark of the address space it leaves, which `posix_spawn` shares with the
        /// parent), so a figure not above the test process's own peak says nothing about the
        /// child. Spawned from a small process (a benchmark driver, a shell) the figure is exact.
        var peakMemoryBytes: Int?

        /// The exit status, or nil when the process did not exit by itself.
        var exitStatus: Int32? {
            if case let .exited(status) = termination { return status }
            return nil
        }

        /// The signal that killed the process, if one did (the watchdog's SIGKILL is reported as
        /// `.timedOut` instead).
        var signal: Int32? {
            if case let .signaled(signal) = termination { return signal }
            return nil
        }

        var timedOut: Bool {
            if case .timedOut = termination { return true }
            return false
        }

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }

        /// The lines of standard error, without their line breaks.
        var stderrLines: [Substring] {
            stderrText.split(separator: "\n", omittingEmptySubsequences: false).dropLast(stderrText.hasSuffix("\n") ? 1 : 0)
        }

        /// One line for test logs and benchmark tables.
        var summary: String {
            let milliseconds = Double(wallTime.components.seconds) * 1e3 + Double(wallTime.components.attoseconds) / 1e15
            let cpu = Double(cpuTime.components.seconds) * 1e3 + Double(cpuTime.components.attoseconds) / 1e15
            let peak = peakMemoryBytes.map { ", peak \(Int((Double($0) / 1_048_576).rounded())) MiB" } ?? ""
            return "\(termination), \(Int(milliseconds.rounded())) ms wall, \(Int(cpu.rounded())) ms CPU\(peak)"
        }
    }

    // MARK: - Locating

    /// The binary of the current build, found once per test process.
    static func located() throws -> ChannelFlowBinary {
        try cached.get()
    }

    private static let cached = Result { try locate() }

    /// `$CHANNELFLOW_BINARY` if set; else the first `channelflow` file in the directory of the
    /// test executable or bundle or one of its parents (`.build/debug/…xctest` on Linux,
    /// `.build/debug/….xctest/Contents/MacOS/…` on macOS, any `--scratch-path`).
    static func locate() throws -> ChannelFlowBinary {
        if let explicit = ProcessInfo.processInfo.environment["CHANNELFLOW_BINARY"], !explicit.isEmpty {
            guard isExecutableFile(explicit) else { throw Failure.notFound(searched: [explicit]) }
            return ChannelFlowBinary(path: URL(fileURLWithPath: explicit).standardizedFileURL.path)
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        var searched: [String] = []
        for start in starts {
            var directory = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("channelflow").path
                if !searched.contains(candidate) { searched.append(candidate) }
                if isExecutableFile(candidate) { return ChannelFlowBinary(path: candidate) }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        throw Failure.notFound(searched: searched)
    }

    /// A regular file (not a directory such as `Sources/channelflow`) that may be executed.
    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    // MARK: - Running

    /// Runs the binary with `arguments` and waits for it, killing it with SIGKILL when `timeout`
    /// passes. `environment` entries are added to (or replace) this process's environment; a
    /// `currentDirectory` makes relative paths, and so the paths in diagnostics, short.
    ///
    /// At most one child per processor runs at a time across the test process, and the timeout
    /// counts from the child's start, so parallel tests queue instead of starving each other's
    /// children into false timeouts.
    ///
    /// With `killWhenStderrContains`, the child is killed with SIGKILL as soon as its standard
    /// error holds that text (the crash tests' pause markers), and the run ends `.signaled(SIGKILL)`.
    func run(
        _ arguments: [String],
        stdin: StandardInput = .none,
        environment: [String: String] = [:],
        currentDirectory: String? = nil,
        timeout: Duration = .seconds(30),
        killWhenStderrContains marker: String? = nil
    ) async throws -> Run {
        await Self.slots.acquire()
        do {
            let run = try await runNow(
                arguments, stdin: stdin, environment: environment, currentDirectory: currentDirectory, timeout: timeout,
                killMarker: marker)
            await Self.slots.release()
            return run
        } catch {
            await Self.slots.release()
            throw error
        }
    }

    private static let slots = Slots(count: max(2, ProcessInfo.processInfo.activeProcessorCount))

    private func runNow(
        _ arguments: [String],
        stdin: StandardInput,
        environment: [String: String],
        currentDirectory: String?,
        timeout: Duration,
        killMarker: String?
    ) async throws -> Run {
        let scratch = try TemporaryDirectory(prefix: "channelflow-run")
        defer { scratch.remove() }
        let stdoutPath = scratch.path + "/stdout"
        let stderrPath = scratch.path + "/stderr"

        var actions = try SpawnActions()
        defer { actions.destroy() }
        var streamed: StreamWriter?
        switch stdin {
        case .none:
            try actions.open(0, "/dev/null", O_RDONLY)
        case let .bytes(bytes):
            try actions.open(0, try scratch.write(bytes, to: "stdin"), O_RDONLY)
        case let .stream(bytes):
            let writer = try StreamWriter(bytes: bytes)
            try actions.duplicate(writer.childDescriptor, to: 0)
            streamed = writer
        }
        // Runs last: waits for the writer, which ends once the child has read or closed its end.
        defer { streamed?.finish() }
        try actions.open(1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC)
        try actions.open(2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC)
        if let currentDirectory { try actions.changeDirectory(currentDirectory) }

        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        let argv = CStrings([path] + arguments)
        let envp = CStrings(merged.map { "\($0.key)=\($0.value)" }.sorted())
        defer {
            argv.release()
            envp.release()
        }

        let started = ContinuousClock.now
        let child = Child(pid: try actions.spawn(path, argv: argv, envp: envp))
        streamed?.start()

        // A dedicated thread blocks in wait, so the exit time is exact however busy the test
        // runner's threads are; the watchdog has a thread of its own too, so it fires on time even
        // when every cooperative thread is busy with another test for seconds (a full suite on
        // two cores).
        let watchdog = Watchdog()
        watchdog.start(child: child, deadline: started + timeout, marker: killMarker.map { Array($0.utf8) }, stderrPath: stderrPath)
        let exit = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: child.reap()) }.start()
            }
        } onCancel: {
            child.kill(timedOut: false)
        }
        watchdog.stop()
        try Task.checkCancellation()
        let wallTime = exit.ended - started
        let status = exit.status
        let usage = exit.usage

        let termination: Run.Termination
        if exit.timedOut {
            termination = .timedOut(after: timeout)
        } else if status & 0x7F == 0 {
            termination = .exited((status >> 8) & 0xFF)
        } else {
            termination = .signaled(status & 0x7F)
        }
        #if canImport(Darwin)
        let peakMemoryBytes: Int? = Int(usage.ru_maxrss)
        #else
        let reported = Int(usage.ru_maxrss) * 1_024
        let peakMemoryBytes: Int? = reported > Self.ownPeakMemoryBytes() ? reported : nil
        #endif
        return Run(
            arguments: arguments,
            termination: termination,
            stdout: Self.contents(stdoutPath),
            stderr: Self.contents(stderrPath),
            wallTime: wallTime,
            cpuTime: Self.duration(usage.ru_utime) + Self.duration(usage.ru_stime),
            peakMemoryBytes: peakMemoryBytes
        )
    }

    /// This process's peak resident set size (`VmHWM`), or `Int.max` when unknown.
    private static func ownPeakMemoryBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.dropFirst("VmHWM:".count).filter(\.isNumber))
        else { return Int.max }
        return kilobytes * 1_024
    }

    /// Kills a child at its deadline (`timedOut`), or as soon as its standard error holds the
    /// marker, polling every 10 ms on a thread of its own until stopped.
    private final class Watchdog: Sendable {
        private let stopped = Mutex(false)

        func stop() {
            stopped.withLock { $0 = true }
        }

        fileprivate func start(child: Child, deadline: ContinuousClock.Instant, marker: [UInt8]?, stderrPath: String) {
            Thread { [self] in
                while !stopped.withLock({ $0 }) {
                    if let marker, ChannelFlowBinary.contents(stderrPath).firstRange(of: marker) != nil {
                        child.kill(timedOut: false)
                        return
                    }
                    if ContinuousClock.now >= deadline {
                        child.kill(timedOut: true)
                        return
                    }
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }.start()
        }
    }

    private static func contents(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    private static func duration(_ time: timeval) -> Duration {
        .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec))
    }

    /// `SIGSEGV`, `SIGABRT`, … for messages.
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGABRT: "SIGABRT"
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGPIPE: "SIGPIPE"
        default: "signal \(signal)"
        }
    }
}

/// A spawned child: reaped once, and killed only while it cannot have been reaped, so a SIGKILL
/// never reaches a recycled process id.
private final class Child: @unchecked Sendable {
    struct Exit {
        var status: Int32
        var usage: rusage
        var ended: ContinuousClock.Instant
        var timedOut: Bool
    }

    let pid: pid_t
    private let lock = NSLock()
    private var exited = false
    private var timedOut = false

    init(pid: pid_t) {
        self.pid = pid
    }

    /// Blocks until the child ends, then reaps it.
    func reap() -> Exit {
        // Wait without reaping first: until `exited` is set the process id stays taken (a
        // zombie), so `kill` below cannot hit another process.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1, errno == EINTR {}
        let ended = ContinuousClock.now
        lock.withLock { exited = true }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
        return Exit(status: status, usage: usage, ended: ended, timedOut: lock.withLock { timedOut })
    }

    /// SIGKILL, unless the child has already ended.
    func kill(timedOut: Bool) {
        lock.withLock {
            guard !exited else { return }
            if timedOut { self.timedOut = true }
            _ = sendSignal(pid, SIGKILL)
        }
    }
}

/// `kill(2)`, named apart from `Child.kill`.
private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}

/// A counting semaphore for async code: how many children may run at once.
private actor Slots {
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) {
        available = count
    }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

// MARK: - posix_spawn

/// `posix_spawn` file actions and attributes for one child, released by `destroy()`.
struct SpawnActions {
    #if canImport(Darwin)
    private var actions: posix_spawn_file_actions_t?
    private var attributes: posix_spawnattr_t?
    #else
    private var actions = posix_spawn_file_actions_t()
    private var attributes = posix_spawnattr_t()
    #endif

    init() throws {
        try Self.check("posix_spawn_file_actions_init", posix_spawn_file_actions_init(&actions))
        try Self.check("posix_spawnattr_init", posix_spawnattr_init(&attributes))
        // The child starts with every signal at its default action and none blocked, whatever
        // the test runner ignores or blocks, so a crash is reported as the signal it is.
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        try Self.check("posix_spawnattr_setsigdefault", posix_spawnattr_setsigdefault(&attributes, &all))
        try Self.check("posix_spawnattr_setsigmask", posix_spawnattr_setsigmask(&attributes, &none))
        var flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        #if canImport(Darwin)
        // Only the descriptors set up here reach the child, not those of concurrently running tests.
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        try Self.check("posix_spawnattr_setflags", posix_spawnattr_setflags(&attributes, Int16(flags)))
    }

    mutating func destroy() {
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
    }

    mutating func open(_ descriptor: Int32, _ path: String, _ flags: Int32) throws {
        try Self.check("posix_spawn_file_actions_addopen", posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o600))
    }

    mutating func duplicate(_ descriptor: Int32, to target: Int32) throws {
        try Self.check("posix_spawn_file_actions_adddup2", posix_spawn_file_actions_adddup2(&actions, descriptor, target))
    }

    mutating func changeDirectory(_ path: String) throws {
        #if canImport(Darwin)
        try Self.check("posix_spawn_file_actions_addchdir_np", posix_spawn_file_actions_addchdir_np(&actions, path))
        #else
        // glibc has had it since 2.29, but the Glibc module does not export it: look it up.
        typealias AddChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
            throw ChannelFlowBinary.Failure.currentDirectoryUnsupported
        }
        let addChangeDirectory = unsafeBitCast(symbol, to: AddChangeDirectory.self)
        try Self.check("posix_spawn_file_actions_addchdir_np", addChangeDirectory(&actions, path))
        #endif
    }

    mutating func spawn(_ path: String, argv: CStrings, envp: CStrings) throws -> pid_t {
        var pid: pid_t = 0
        try Self.check("posix_spawn \(path)", posix_spawn(&pid, path, &actions, &attributes, argv.pointers, envp.pointers))
        return pid
    }

    private static func check(_ call: String, _ result: Int32) throws {
        if result != 0 { throw ChannelFlowBinary.Failure.system(call: call, code: result) }
    }
}

/// A NULL-terminated array of C strings, freed by `release()`.
struct CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    func release() {
        for pointer in pointers { free(pointer) }
    }
}

/// Feeds bytes to a child's standard input through a socket from a background thread, so the
/// child sees a stream (not a file it can measure) and may close it early without a SIGPIPE
/// reaching the test process.
private final class StreamWriter: @unchecked Sendable {
    let childDescriptor: Int32
    private let parentDescriptor: Int32
    private let bytes: [UInt8]
    private let done = DispatchSemaphore(value: 0)
    private var started = false

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        var pair: [Int32] = [-1, -1]
        #if canImport(Darwin)
        let type = SOCK_STREAM
        #else
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #endif
        guard socketpair(AF_UNIX, type, 0, &pair) == 0 else {
            throw ChannelFlowBinary.Failure.system(call: "socketpair", code: errno)
        }
        #if canImport(Darwin)
        for descriptor in pair { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var on: Int32 = 1
        setsockopt(pair[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        parentDescriptor = pair[0]
        childDescriptor = pair[1]
        // Half-close towards the parent: the child only reads.
        shutdown(parentDescriptor, Int32(SHUT_RD))
    }

    /// Closes the child's end here (the child has its own copy) and starts writing.
    func start() {
        close(childDescriptor)
        started = true
        let thread = Thread { [self] in
            write()
            done.signal()
        }
        thread.start()
    }

    /// Waits for the writer: it ends when all bytes are written or the child's end is closed.
    func finish() {
        if started {
            done.wait()
        } else {
            close(childDescriptor)
            close(parentDescriptor)
        }
    }

    private func write() {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = send(parentDescriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset, flags)
                if sent < 0 {
                    if errno == EINTR { continue }
                    break
                }
                offset += sent
            }
        }
        close(parentDescriptor)
    }
}

// MARK: - Temporary directories

/// A fresh directory under the system's temporary directory; `remove()` deletes it and its contents.
struct TemporaryDirectory: Sendable {
    let path: String

    init(prefix: String = "channelflow-test") throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/\(prefix)-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
            buffer.baseAddress.flatMap { mkdtemp($0) }
        }
        guard let created else {
            throw ChannelFlowBinary.Failure.system(call: "mkdtemp", code: errno)
        }
        path = String(cString: created)
    }

    /// Writes `bytes` to `name` inside the directory and returns the file's path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
