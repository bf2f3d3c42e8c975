import Foundation
public import Logging

/// A swift-log handler that keeps every message in memory with its metadata (the handler's own
/// and the call's, nested values included) and its error, so a test can read all the engine logged.
public struct RecordingLogHandler: LogHandler {
    /// The log lines of every logger made with one store, in order; shared across threads.
    public final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        public init() {}

        func append(_ line: String) { lock.withLock { lines.append(line) } }

        public var all: [String] { lock.withLock { lines } }
    }

    let store: Store
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .trace

    public init(_ store: Store) {
        self.store = store
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        store.append(([event.level.rawValue, event.message.description] + fields + [event.error.map { "\($0)" } ?? ""])
            .joined(separator: " "))
    }
}
