/// A step the API acknowledged with a 2xx answer: the order, the step submitted (nil for the
/// order's start) and the order's version the answer reported. A crash may lose nothing of it.
public struct AcknowledgedStep: Sendable, Hashable {
    public var order: String
    public var step: String?
    public var version: Int64

    public init(order: String, step: String?, version: Int64) {
        self.order = order
        self.step = step
        self.version = version
    }
}

/// What load clients counted: every request, the step submissions' latencies, the failures by
/// status (`no response` when none came), the acknowledged steps and the orders that reached a
/// wait (the review, for the sample).
public struct APILoadTally: Sendable {
    public var requests = 0
    /// Seconds of each step submission that got a 2xx answer.
    public var submissionSeconds: [Double] = []
    public var failures: [String: Int] = [:]
    public var acknowledged: [AcknowledgedStep] = []
    public var ordersStarted = 0
    public var ordersWaiting = 0

    public init() {}

    mutating func count(_ exchange: APIExchange) {
        requests += 1
        guard let status = exchange.status else {
            failures["no response", default: 0] += 1
            return
        }
        if !(200..<300).contains(status) { failures[String(status), default: 0] += 1 }
    }

    mutating func merge(_ other: APILoadTally) {
        requests += other.requests
        submissionSeconds += other.submissionSeconds
        failures.merge(other.failures, uniquingKeysWith: +)
        acknowledged += other.acknowledged
        ordersStarted += other.ordersStarted
        ordersWaiting += other.ordersWaiting
    }
}
