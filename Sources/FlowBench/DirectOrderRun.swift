import FlowEngine
import FlowModel
import FlowStore

/// The API clients' orders driven straight through the engine in this process, as many at a time
/// as there were clients, with no HTTP: the same steps, answers, materials and concurrency, so the
/// difference to the API's figures is the server's own work.
struct DirectOrderRun {
    /// Each step submission's seconds, and the wall-clock seconds of the whole run.
    struct Result {
        var submissionSeconds: [Double]
        var seconds: Double
    }

    let engine: FlowEngine
    let prepared: PreparedDefinition
    let script: APIScript

    /// Runs `orders` orders, numbered from `first`, to their wait, `clients` of them at a time.
    func run(orders: Int, first: Int, clients: Int) async throws -> Result {
        let start = ContinuousClock.now
        let serials = Serials(limit: .orders(orders), start: start, first: first)
        let seconds = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var seconds: [Double] = []
                    while let serial = serials.next() { seconds += try await run(serial) }
                    return seconds
                }
            }
            var all: [Double] = []
            for try await seconds in group { all += seconds }
            return all
        }
        return Result(submissionSeconds: seconds, seconds: EngineBenchmark.seconds(ContinuousClock.now - start))
    }

    private func run(_ serial: Int) async throws -> [Double] {
        var seconds: [Double] = []
        let order = try await engine.start(prepared).order
        var current = try engine.currentStep(order)
        while current.order.status == .active {
            let step = current.step.id.value
            let begin = ContinuousClock.now
            _ = try await engine.submit(
                order, step: step, answers: script.answers(step: step, serial: serial), uploads: script.uploads(step: step),
                version: current.order.version)
            seconds.append(EngineBenchmark.seconds(ContinuousClock.now - begin))
            current = try engine.currentStep(order)
        }
        return seconds
    }
}
