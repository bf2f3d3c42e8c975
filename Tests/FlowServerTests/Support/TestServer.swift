import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowModel
import FlowProviders
import FlowServer
import FlowStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// A server over a private in-memory database, the shipped Flows/ and Channels/, a fixed clock and
/// sandbox providers, with one API key per shipped channel.
struct TestServer {
    static let clock = FixedClock(iso8601: "2026-11-25T10:00:00+08:00")!
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        var sources: [SourceFile] = []
        for folder in ["Flows", "Channels"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = url.appendingPathComponent(name).path
                if case let .success(bytes) = InputFile.read(path, limit: 1 << 22) { sources.append(SourceFile(path: path, bytes: bytes)) }
            }
        }
        return Project.read(sources).compile().catalog
    }()

    let server: ChannelFlowServer
    let store: OrderStore
    let engine: FlowEngine
    /// Channel id → its API key.
    let keys: [String: String]

    /// `sandboxRoles`: channel → the roles its pages say the sandbox plays (the web application's
    /// sandbox banner, `sandbox` codes and payment button); `logger` receives what the engine and
    /// the server log (nothing by default).
    init(
        maxRequestBytes: Int = 48 << 20, sandboxRoles: [String: [String]] = [:], secureCookies: Bool = false,
        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    ) throws {
        store = OrderStore(database: try FlowDatabase(.memory))
        let providers = try ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil, clock: Self.clock)
            .providers(forChannel: "any")
        engine = FlowEngine(EngineConfiguration(
            store: store, clock: Self.clock, calendar: .empty, logger: logger, templates: nil) { _ in providers })
        let channels = Set(Self.catalog.entries.map(\.channel.id))
        var keys: [String: String] = [:]
        for channel in channels { keys[channel] = try APIKeys(store: store).create(channel: channel, label: "test", now: 0).key }
        self.keys = keys
        server = ChannelFlowServer(
            engine: engine, catalog: Self.catalog,
            settings: ServerSettings(maxRequestBytes: maxRequestBytes, sandboxRoles: sandboxRoles, secureCookies: secureCookies),
            logger: logger)
    }

    /// Runs `body` with a client of the router (no socket).
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server.application().test(.router, body)
    }

    func headers(_ channel: String, idempotencyKey: String? = nil, json: Bool = true) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(keys[channel] ?? "")"]
        if json { fields[.contentType] = "application/json" }
        if let idempotencyKey { fields[.init("Idempotency-Key")!] = idempotencyKey }
        return fields
    }
}

extension ByteBuffer {
    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(readableBytesView))) as? [String: Any] ?? [:]
    }
}
