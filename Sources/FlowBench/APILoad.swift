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

    let baseURL: String
    let key: String
    let script: APIScript
    let clients: Int
    let limit: Limit

    public init(baseURL: String, key: String, script: APIScript, clients: Int, limit: Limit) {
        self.baseURL = baseURL
        self.key = key
        self.script = script
        self.clients = clients
        self.limit = limit
    }

    public func run() async -> Result {
        let client = APIClient(baseURL: baseURL, key: key, connections: clients)
        let start = ContinuousClock.now
        let serials = Serials(limit: limit, start: start, first: 0)
        let tally = await withTaskGroup(of: APILoadTally.self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var tally = APILoadTally()
                    while let serial = serials.next() {
                        guard await APIOrderRun(client: client, script: script, serial: serial).run(into: &tally) else { break }
                    }
                    return tally
                }
            }
            var total = APILoadTally()
            for await tally in group { total.merge(tally) }
            return total
        }
        let seconds = EngineBenchmark.seconds(ContinuousClock.now - start)
        await client.shutdown()
        return Result(tally: tally, seconds: seconds)
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
