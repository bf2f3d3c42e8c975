import FlowEngine
import FlowModel
import FlowStore

/// The API clients' orders driven straight through the engine in this process, one at a time,
/// with no HTTP: the same steps, answers and materials, so the difference to the API's figures is
/// the server's own work.
struct DirectOrderRun {
    let engine: FlowEngine
    let prepared: PreparedDefinition
    let script: APIScript

    /// Runs the orders numbered `serials` to their wait; returns each step submission's seconds.
    func run(_ serials: Range<Int>) async throws -> [Double] {
        var seconds: [Double] = []
        for serial in serials {
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
        }
        return seconds
    }
}
