import FlowDiagnostics
import FlowEngine

/// One order driven through the API: started, then each step the server asks for submitted with
/// the script's answers, until the order waits (the review, for the sample), ends or is refused.
struct APIOrderRun {
    /// The little of a `{report, step}` answer the client reads: where the order is now.
    private struct Progress {
        var step: String
        var order: String
        var status: String
        var version: Int64
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
        tally.acknowledged.append(AcknowledgedStep(order: progress.order, step: nil, version: progress.version))
        while progress.status == "active" {
            let step = progress.step
            let body = script.submission(step: step, version: progress.version, serial: serial)
            let exchange = client.post("/api/v1/orders/\(progress.order)/steps/\(step)", body: body.bytes, contentType: body.contentType)
            tally.count(exchange)
            guard exchange.status != nil else { return false }
            guard exchange.status == 200, let next = Self.decode(exchange, into: &tally) else { return true }
            tally.submissionSeconds.append(exchange.seconds)
            tally.acknowledged.append(AcknowledgedStep(order: progress.order, step: step, version: next.version))
            progress = next
        }
        if progress.status == "waiting" { tally.ordersWaiting += 1 }
        return true
    }

    /// The progress a 2xx answer reports; one that does not parse is counted as a failure.
    private static func decode(_ exchange: APIExchange, into tally: inout APILoadTally) -> Progress? {
        let step = member(JSONScanner.parse(exchange.body), "step")
        let order = member(step, "order")
        guard case let .string(id)? = member(step, "id"), case let .string(number)? = member(order, "id"),
              case let .string(status)? = member(order, "status"), case let .number(text)? = member(order, "version"),
              let version = Int64(text)
        else {
            tally.failures["unreadable answer", default: 0] += 1
            return nil
        }
        return Progress(step: id, order: number, status: status, version: version)
    }

    private static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case let .object(members)? = value else { return nil }
        return members.first { $0.0 == key }?.1
    }
}
