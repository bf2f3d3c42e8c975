public import FlowEngine
public import FlowModel
import FlowServer
import FlowStore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `bench serve`: the HTTP server in this process on loopback (port 0) over the caller's engine,
/// driven through real sockets by many concurrent clients running sample orders; then, in the
/// same run, the same orders straight through the engine and the engine's own durable step rate
/// (`bench engine`, synchronous=FULL).
public struct ServeBenchmark {
    public struct Result: Sendable {
        public var clients: Int
        public var load: APILoad.Result
        /// The engine's own durable steps per second on `bench engine`'s six-step flow: a reference,
        /// since its steps call no provider and store no material.
        public var referenceStepsPerSecond: Double
        public var engineOrders: Int
        /// Seconds of each step submission of the same orders driven through the engine directly,
        /// as many at a time as there were clients.
        public var directSubmissionSeconds: [Double]
        public var directSeconds: Double

        /// The same orders' steps per second through the engine without HTTP: the engine's rate the
        /// API is held to.
        public var directStepsPerSecond: Double { Double(directSubmissionSeconds.count) / directSeconds }

        public var requestsPerSecond: Double { Double(load.tally.requests) / load.seconds }
        public var submissionsPerSecond: Double { Double(load.tally.submissionSeconds.count) / load.seconds }
        /// The API's step submissions per second over the engine's for the same orders and concurrency.
        public var ratio: Double { submissionsPerSecond / directStepsPerSecond }
        public var p50Milliseconds: Double { Self.percentile(load.tally.submissionSeconds, 0.50) }
        public var p99Milliseconds: Double { Self.percentile(load.tally.submissionSeconds, 0.99) }
        public var maxMilliseconds: Double { (load.tally.submissionSeconds.max() ?? 0) * 1000 }

        public var directP50Milliseconds: Double { Self.percentile(directSubmissionSeconds, 0.50) }
        public var directP99Milliseconds: Double { Self.percentile(directSubmissionSeconds, 0.99) }

        private static func percentile(_ seconds: [Double], _ fraction: Double) -> Double {
            EngineBenchmark.percentile(seconds.sorted(), fraction) * 1000
        }
    }

    /// Targets of issue 8: the API keeps at least half the engine's durable rate, and p99 of a
    /// step submission stays under 50 ms.
    public static let ratioTarget = 0.5
    public static let p99TargetMilliseconds = 50.0

    let engine: FlowEngine
    let catalog: Catalog
    let script: APIScript
    let entry: CompiledFlow
    let clients: Int
    let limit: APILoad.Limit
    let engineOrders: Int
    let directory: String

    /// - Parameters:
    ///   - engine: the engine over a fresh database file, as `serve` would run it.
    ///   - entry: the (channel, flow) the script runs.
    ///   - engineOrders: the orders of the engine's own measurement.
    ///   - directory: where that measurement puts its database files.
    public init(
        engine: FlowEngine, catalog: Catalog, entry: CompiledFlow, script: APIScript, clients: Int, limit: APILoad.Limit,
        engineOrders: Int, directory: String
    ) {
        self.engine = engine
        self.catalog = catalog
        self.entry = entry
        self.script = script
        self.clients = clients
        self.limit = limit
        self.engineOrders = engineOrders
        self.directory = directory
    }

    public func run() async throws -> Result {
        let key = try APIKeys(store: engine.configuration.store)
            .create(channel: script.channel, label: "bench serve", now: engine.configuration.clock.now()).key
        var logger = Logger(label: "channelflow.bench")
        logger.logLevel = .warning
        let server = ChannelFlowServer(
            engine: engine, catalog: catalog, settings: ServerSettings(port: 0, sandboxRoles: [:]), logger: logger)
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let group = ServiceGroup(configuration: .init(
            services: [server.application { port in listening.yield(port) }], logger: logger))
        let serving = Task {
            defer { listening.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await serving.value
            throw EngineBenchmark.Failure(description: "the server stopped before it listened")
        }
        let load = await APILoad(
            port: port, key: key, script: script, clients: clients, limit: limit).run()
        await group.triggerGracefulShutdown()
        try await serving.value
        // Serials far above the API clients' own, so every order has a subject of its own.
        let direct = try await DirectOrderRun(engine: engine, prepared: engine.prepare(entry), script: script)
            .run(orders: max(load.tally.ordersWaiting, 10), first: 5_000_000, clients: clients)
        let reference = try await EngineBenchmark(diskOrders: engineOrders, memoryInstances: 0, directory: directory)
            .engineStepsPerSecond(.full)
        return Result(
            clients: clients, load: load, referenceStepsPerSecond: reference, engineOrders: engineOrders,
            directSubmissionSeconds: direct.submissionSeconds, directSeconds: direct.seconds)
    }
}
