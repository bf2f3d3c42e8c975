import FlowStore
import Synchronization

/// The open orders this process committed last, as they are after the commit, so the next step
/// of an order needs no read. It is only a shortcut: every commit is checked against the version
/// in the database, and an entry another process made stale is dropped and read again. Finished
/// orders are not kept: nothing moves them on, and a process that runs many orders would hold
/// thousands of them.
final class OrderCache: Sendable {
    private static let capacity = 4096
    private let entries = Mutex<[String: FlowEngine.Loaded]>([:])

    func get(_ id: String) -> FlowEngine.Loaded? {
        entries.withLock { $0[id] }
    }

    func put(_ loaded: FlowEngine.Loaded) {
        entries.withLock { entries in
            // Dropping everything at the bound keeps the cache simple; it refills as orders move.
            if entries.count >= Self.capacity, entries[loaded.record.id] == nil { entries.removeAll(keepingCapacity: true) }
            entries[loaded.record.id] = loaded
        }
    }

    func drop(_ id: String) {
        _ = entries.withLock { $0.removeValue(forKey: id) }
    }
}
