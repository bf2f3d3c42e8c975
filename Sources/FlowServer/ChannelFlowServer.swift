public import FlowEngine
public import FlowModel
import FlowStore
public import Hummingbird
public import Logging
import NIOCore

/// `channelflow serve`: the JSON API for channels' systems (under `/api/v1`, API key per channel)
/// and the web application for applicants (under `/web`), both rendered from the compiled catalog.
public struct ChannelFlowServer: Sendable {
    let engine: FlowEngine
    let catalog: Catalog
    let settings: ServerSettings
    let logger: Logger
    /// Every (channel, flow) prepared once: its hash and canonical form are computed at start-up.
    let prepared: [String: PreparedDefinition]
    let keys: APIKeys
    let idempotency: Idempotency

    public init(engine: FlowEngine, catalog: Catalog, settings: ServerSettings, logger: Logger) {
        self.engine = engine
        self.catalog = catalog
        self.settings = settings
        self.logger = logger
        prepared = Dictionary(
            catalog.entries.map { ("\($0.channel.id)/\($0.flow.id.value)", engine.prepare($0)) }, uniquingKeysWith: { first, _ in first })
        keys = APIKeys(store: engine.configuration.store)
        idempotency = Idempotency(store: engine.configuration.store, clock: engine.configuration.clock)
    }

    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: AccessLog(logger: logger))
        router.add(middleware: ProblemMiddleware(logger: logger))
        router.get("/health") { _, _ in "ok" }
        router.get("/openapi.json", use: OpenAPIDocument.serve)
        APIRoutes(server: self).register(on: router.group("api/v1"))
        router.get("/") { _, _ in Response.redirect(to: "/web", type: .normal) }
        WebRoutes(server: self).register(on: router.group("web"))
        return router
    }

    /// The application, listening where the settings say; `onListening` learns the bound port
    /// (the one the system chose for port 0).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeoutSeconds))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "channelflow"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, lets the requests in flight finish
    /// (each step's commit is one transaction, so none is left half-written) and returns.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService()
    }

    func definition(channel: String, flow: String) -> PreparedDefinition? {
        prepared["\(channel)/\(flow)"]
    }
}
