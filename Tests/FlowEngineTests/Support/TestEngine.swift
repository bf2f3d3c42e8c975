import FlowDomain
import FlowEngine
import FlowModel
import FlowProviders
import FlowStore
import Foundation
import Logging

/// A FlowEngine over a private in-memory database, a fixed clock, the shipped calendar and sandbox providers.
struct TestEngine {
    static let now = FixedClock(iso8601: "2026-11-25T10:00:00+08:00")!

    let engine: FlowEngine
    let store: OrderStore
    let configuration: EngineConfiguration

    init(
        clock: FixedClock = TestEngine.now, calendar: WorkingCalendar = ShippedCatalog.calendar,
        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), templates: NotificationTemplates? = nil,
        adjust: @escaping @Sendable (inout Providers) -> Void = { _ in },
        orderSuffix: @escaping @Sendable () -> String = OrderID.randomSuffix
    ) throws {
        store = OrderStore(database: try FlowDatabase(.memory))
        let providers = try ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil, clock: clock).providers(forChannel: "any")
        configuration = EngineConfiguration(store: store, clock: clock, calendar: calendar, logger: logger, templates: templates, orderSuffix: orderSuffix) { _ in
            var chosen = providers
            adjust(&chosen)
            return chosen
        }
        engine = FlowEngine(configuration)
    }

    /// Another engine on the same database, as a later process would run it: another day, or
    /// another calendar (a year's file added).
    func later(clock: FixedClock? = nil, calendar: WorkingCalendar? = nil) -> FlowEngine {
        var changed = configuration
        if let clock { changed.clock = clock }
        if let calendar { changed.calendar = calendar }
        return FlowEngine(changed)
    }

    /// Starts an order on a shipped pair and runs it with `book`.
    func run(_ channel: String, _ flow: String, _ book: AnswersBook) async throws -> (order: String, stop: RunStop) {
        let started = try await engine.start(try ShippedCatalog.entry(channel, flow))
        let stop = await engine.advance(started.order, with: book) { _ in }
        return (started.order, stop)
    }
}
