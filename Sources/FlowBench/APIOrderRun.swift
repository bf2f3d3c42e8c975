import Foundation

/// One order driven through the API: started, then each step the server asks for submitted with
/// the script's answers, until the order waits (the review, for the sample), ends or is refused.
struct APIOrderRun {
    /// The little of a `{report, step}` answer the client reads: where the order is now.
    private struct Progress: Decodable {
        struct Step: Decodable {
            var id: String
            var order: Order
        }

        struct Order: Decodable {
            var id: String
            var status: String
            var version: Int64
        }

        var step: Step
    }

    let client: APIClient
    let script: APIScript
    let serial: Int

    /// Runs the order, counting into `tally`; false when a request got no response at all (the
    /// server is gone), so the client stops.
    func run(into tally: inout APILoadTally) -> Bool {
        let started = client.post(script.startPath, body: Array("{}".utf8), contentType: "application/json")
        tally.count(started)
        guard started.status != nil else { return false }
        guard started.status == 201, var progress = Self.decode(started, into: &tally) else { return true }
        tally.ordersStarted += 1
        tally.acknowledged.append(AcknowledgedStep(order: progress.step.order.id, step: nil, version: progress.step.order.version))
        while progress.step.order.status == "active" {
            let order = progress.step.order
            let step = progress.step.id
            let body = script.submission(step: step, version: order.version, serial: serial)
            let exchange = client.post("/api/v1/orders/\(order.id)/steps/\(step)", body: body.bytes, contentType: body.contentType)
            tally.count(exchange)
            guard exchange.status != nil else { return false }
            guard exchange.status == 200, let next = Self.decode(exchange, into: &tally) else { return true }
            tally.submissionSeconds.append(exchange.seconds)
            tally.acknowledged.append(AcknowledgedStep(order: order.id, step: step, version: next.step.order.version))
            progress = next
        }
        if progress.step.order.status == "waiting" { tally.ordersWaiting += 1 }
        return true
    }

    /// One decoder for every answer: the clients share the cores with the server they measure.
    private static let decoder = JSONDecoder()

    /// The progress a 2xx answer reports; one that does not parse is counted as a failure.
    private static func decode(_ exchange: APIExchange, into tally: inout APILoadTally) -> Progress? {
        guard let progress = try? decoder.decode(Progress.self, from: Data(exchange.body)) else {
            tally.failures["unreadable answer", default: 0] += 1
            return nil
        }
        return progress
    }
}
