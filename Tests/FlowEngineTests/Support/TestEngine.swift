import FlowDomain
import FlowEngine
import FlowModel
import FlowProviders
import FlowStore
import Foundation
import Logging

/// A FlowEngine over a private in-memory database, a fixed clock and sandbox providers.
struct TestEngine {
    static let now = FixedClock(iso8601: "2026-11-25T10:00:00+08:00")!

    let engine: FlowEngine
    let store: OrderStore

    init(
        clock: FixedClock = TestEngine.now, logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
        adjust: @escaping @Sendable (inout Providers) -> Void = { _ in }
    ) throws {
        store = OrderStore(database: try FlowDatabase(.memory))
        let configuration = ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil, clock: clock)
        let providers = try configuration.providers(forChannel: "any")
        engine = FlowEngine(EngineConfiguration(store: store, clock: clock, logger: logger) { _ in
            var chosen = providers
            adjust(&chosen)
            return chosen
        })
    }

    /// Starts an order on a shipped pair and runs it with `book`.
    func run(_ channel: String, _ flow: String, _ book: AnswersBook) async throws -> (order: String, stop: RunStop) {
        let started = try await engine.start(try ShippedCatalog.entry(channel, flow))
        let stop = await engine.advance(started.order, with: book) { _ in }
        return (started.order, stop)
    }
}
