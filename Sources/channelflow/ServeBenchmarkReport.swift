import FlowBench
import Foundation

/// The figures of `bench serve`, as a table for people or JSON for machines, each target with
/// PASS or MISS.
struct ServeBenchmarkReport: Encodable {
    var clients: Int
    var seconds: Double
    var requests: Int
    var requestsPerSecond: Double
    var stepSubmissions: Int
    var stepSubmissionsPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var maxMilliseconds: Double
    /// Status (or `no response`) → count of the requests that did not get a 2xx answer.
    var failures: [String: Int]
    var ordersStarted: Int
    var ordersWaiting: Int
    /// `bench engine`'s six-step flow: a reference, not the target's baseline.
    var engineDurableStepsPerSecond: Double
    /// The same orders' steps through the engine in-process, without HTTP, as many at a time as
    /// there were clients: the rate the ratio is taken against.
    var directStepsPerSecond: Double
    var directP50Milliseconds: Double
    var directP99Milliseconds: Double
    var engineOrders: Int
    var ratio: Double
    var ratioTarget: Double
    var ratioPass: Bool
    var p99TargetMilliseconds: Double
    var p99Pass: Bool

    init(_ result: ServeBenchmark.Result) {
        let tally = result.load.tally
        clients = result.clients
        seconds = result.load.seconds
        requests = tally.requests
        requestsPerSecond = result.requestsPerSecond
        stepSubmissions = tally.submissionSeconds.count
        stepSubmissionsPerSecond = result.submissionsPerSecond
        p50Milliseconds = result.p50Milliseconds
        p99Milliseconds = result.p99Milliseconds
        maxMilliseconds = result.maxMilliseconds
        failures = tally.failures
        ordersStarted = tally.ordersStarted
        ordersWaiting = tally.ordersWaiting
        engineDurableStepsPerSecond = result.referenceStepsPerSecond
        directStepsPerSecond = result.directStepsPerSecond
        directP50Milliseconds = result.directP50Milliseconds
        directP99Milliseconds = result.directP99Milliseconds
        engineOrders = result.engineOrders
        ratio = result.ratio
        ratioTarget = ServeBenchmark.ratioTarget
        ratioPass = ratio >= ratioTarget
        p99TargetMilliseconds = ServeBenchmark.p99TargetMilliseconds
        p99Pass = stepSubmissions > 0 && p99Milliseconds < p99TargetMilliseconds
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    func text(channel: String, flow: String) -> String {
        let failureText = failures.isEmpty
            ? "none"
            : failures.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        return """
        \(clients) clients, \(Measurement.format(seconds)) s; \(channel)/\(flow) to the review wait over HTTP on loopback; \
        a new database file, synchronous=FULL; sandbox providers
          API:     \(requests) requests, \(Measurement.format(requestsPerSecond, decimals: 0)) requests/s
                   \(stepSubmissions) step submissions, \(Measurement.format(stepSubmissionsPerSecond, decimals: 0)) /s   \
        p50 \(Measurement.format(p50Milliseconds, decimals: 2)) ms   p99 \(Measurement.format(p99Milliseconds, decimals: 2)) ms   \
        max \(Measurement.format(maxMilliseconds, decimals: 2)) ms
                   orders: \(ordersStarted) started, \(ordersWaiting) reached their wait; failures: \(failureText)
          engine:  the same orders without HTTP, \(clients) at a time: \(Measurement.format(directStepsPerSecond, decimals: 0)) durable steps/s   \
        p50 \(Measurement.format(directP50Milliseconds, decimals: 2)) ms   p99 \(Measurement.format(directP99Milliseconds, decimals: 2)) ms
                   for reference, bench engine's six-step flow (no provider calls, no materials): \
        \(Measurement.format(engineDurableStepsPerSecond, decimals: 0)) durable steps/s, one at a time, \(engineOrders) orders
          API / engine: \(Measurement.format(ratio * 100, decimals: 1))%   (target ≥ \(Measurement.format(ratioTarget * 100, decimals: 0))%)   \
        \(ratioPass ? "PASS" : "MISS")
          p99 step submission: \(Measurement.format(p99Milliseconds, decimals: 2)) ms   \
        (target < \(Measurement.format(p99TargetMilliseconds, decimals: 0)) ms)   \(p99Pass ? "PASS" : "MISS")
        """
    }
}
