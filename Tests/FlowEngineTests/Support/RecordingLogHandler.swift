import Foundation
import Logging

/// A swift-log handler that keeps every message in memory with its metadata (the handler's own
/// and the call's, nested values included) and its error, so a test can read all the engine logged.
struct RecordingLogHandler: LogHandler {
    /// The log lines of every logger made with one store, in order; shared across threads.
    final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) { lock.withLock { lines.append(line) } }

        var all: [String] { lock.withLock { lines } }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(_ store: Store) {
        self.store = store
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        store.append(([event.level.rawValue, event.message.description] + fields + [event.error.map { "\($0)" } ?? ""])
            .joined(separator: " "))
    }
}
