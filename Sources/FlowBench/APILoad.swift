import Foundation
import Synchronization

/// Many clients driving the API at once, each running orders one after another (`APIOrderRun`)
/// until the run's limit: a duration, after which no client starts another order, or a number of
/// orders. A client stops early at the first request that gets no response: the server is gone.
public struct APILoad: Sendable {
    public enum Limit: Sendable {
        case duration(Duration)
        case orders(Int)
    }

    /// The tally of every client and the wall-clock seconds from the first request to the last answer.
    public struct Result: Sendable {
        public var tally: APILoadTally
        public var seconds: Double
    }

    let port: Int
    let key: String
    let script: APIScript
    let clients: Int
    let limit: Limit

    /// Clients of the API at `127.0.0.1:port`.
    public init(port: Int, key: String, script: APIScript, clients: Int, limit: Limit) {
        self.port = port
        self.key = key
        self.script = script
        self.clients = clients
        self.limit = limit
    }

    /// Runs the clients, each on a thread of its own: they block in their sockets while the
    /// server works, holding none of the few threads the server's tasks run on.
    public func run() async -> Result {
        let start = ContinuousClock.now
        guard clients > 0 else { return Result(tally: APILoadTally(), seconds: 0) }
        let serials = Serials(limit: limit, start: start, first: 0)
        let tallies = TallyCollector(expected: clients)
        let tally = await withCheckedContinuation { finished in
            for _ in 0..<clients {
                Thread { [port, key, script] in
                    let client = APIClient(port: port, key: key)
                    var tally = APILoadTally()
                    while let serial = serials.next() {
                        guard APIOrderRun(client: client, script: script, serial: serial).run(into: &tally) else { break }
                    }
                    client.close()
                    if let total = tallies.add(tally) { finished.resume(returning: total) }
                }.start()
            }
        }
        return Result(tally: tally, seconds: EngineBenchmark.seconds(ContinuousClock.now - start))
    }
}

/// The clients' tallies as they finish; the last one to finish gets their total.
private final class TallyCollector: Sendable {
    private let state: Mutex<(total: APILoadTally, finished: Int)> = Mutex((APILoadTally(), 0))
    private let expected: Int

    init(expected: Int) {
        self.expected = expected
    }

    func add(_ tally: APILoadTally) -> APILoadTally? {
        state.withLock { state in
            state.total.merge(tally)
            state.finished += 1
            return state.finished == expected ? state.total : nil
        }
    }
}

/// Hands out order serials (from `first` on) to the clients while the limit allows another order.
final class Serials: Sendable {
    /// Serials handed out so far; each order's serial makes its subject and agent mobile.
    private let issued = Mutex(0)
    private let limit: APILoad.Limit
    private let start: ContinuousClock.Instant
    private let first: Int

    init(limit: APILoad.Limit, start: ContinuousClock.Instant, first: Int) {
        self.limit = limit
        self.start = start
        self.first = first
    }

    func next() -> Int? {
        issued.withLock { count in
            switch limit {
            case let .duration(duration): guard ContinuousClock.now - start < duration else { return nil }
            case let .orders(orders): guard count < orders else { return nil }
            }
            count += 1
            return first + count - 1
        }
    }
}
