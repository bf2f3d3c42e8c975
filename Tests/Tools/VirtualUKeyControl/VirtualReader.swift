import Foundation
public import SmartCard

/// The test suite's PC/SC stack, which `scripts/pcsc-stack` starts around the tests: a pcscd
/// with the vpcd virtual reader (libpcsclite finds it through `PCSCLITE_CSOCK_NAME`) and a
/// second pcscd with no reader at all.
public enum VirtualReader {
    /// The reader of vpcd's first slot (TCP 35963) and of its second (35964).
    public static let readers = ["Virtual PCD 00 00", "Virtual PCD 00 01"]

    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The socket of the pcscd that has no reader.
    public static func emptyDaemonSocket() throws -> String {
        try variable("CHANNELFLOW_PCSC_EMPTY_SOCKET")
    }

    /// The vpcd daemon's socket; throws, saying how to start the stack, when it is not running.
    public static func daemonSocket() throws -> String {
        try variable("PCSCLITE_CSOCK_NAME")
    }

    private static func variable(_ name: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty,
              FileManager.default.fileExists(atPath: value) else {
            throw Unavailable(description: """
                the reader tests need the PC/SC test stack: run them through `make test`, or \
                `scripts/pcsc-stack /tmp/pcsc -- swift test --skip-build` (\(name) is not set to a live socket)
                """)
        }
        return value
    }

    /// Runs `body` while no other test uses the reader (there is one vpcd, and its ports are
    /// fixed), on the reader's own executor.
    public static func exclusive<T>(_ body: () async throws -> T) async throws -> T {
        _ = try daemonSocket()
        await ReaderLock.shared.acquire()
        do {
            let value = try await withTaskExecutorPreference(ReaderExecutor.shared) { try await body() }
            await ReaderLock.shared.release()
            return value
        } catch {
            await ReaderLock.shared.release()
            throw error
        }
    }

    /// Waits until `reader` holds a card (`present`) or reports itself empty, for at most `seconds`.
    public static func waitForCard(in reader: String, present: Bool, seconds: Double = 30) throws {
        let context = try CardContext()
        let deadline = Date().addingTimeInterval(seconds)
        var state = try context.state(of: reader)
        while present ? !state.cardPresent : !state.empty {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw Unavailable(description: "\(reader): the card did not \(present ? "arrive" : "leave") in \(seconds) s")
            }
            // A short wait, then look again: a timeout just means nothing changed yet.
            state = try (try? context.waitForChange(of: reader, from: state, timeoutMilliseconds: 200)) ?? context.state(of: reader)
        }
    }
}

/// A FIFO lock for async tests.
actor ReaderLock {
    static let shared = ReaderLock()
    private var held = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            held = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
