import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowLint
import FlowModel
import FlowProviders
import FlowServer
import Foundation
import Logging

/// `channelflow serve`: the HTTP API and the web application over the engine.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the web application. 提供 HTTP API 与网页办理服务。",
        discussion: """
        The API lives under /api/v1 (an API key per channel: `channelflow apikey create --channel ID`, \
        sent as `Authorization: Bearer cfk_…`); its OpenAPI 3.1 document is /openapi.json. The web \
        application for applicants starts at /web/CHANNEL. Every step a 2xx answer acknowledges is \
        committed (synchronous=FULL). SIGTERM or SIGINT stops accepting connections, lets the requests \
        in flight finish, and exits 0.

        Access logs (one line per request: method, path, status, milliseconds) go to standard error at \
        level info; CHANNELFLOW_LOG=warning silences them.

        Example: channelflow serve --port 8080
        """
    )

    @Option(help: "The address to listen on. 监听地址。") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port, printed at start). 监听端口。") var port = 8080
    @Option(name: .customLong("max-request-mb"), help: "The largest request body in MB. 请求体上限（MB）。")
    var maxRequestMB = 48
    @Option(name: .customLong("idle-timeout"), help: "Seconds an idle connection stays open. 空闲连接超时（秒）。")
    var idleTimeout: Int64 = 30
    @Flag(name: .customLong("secure-cookies"), help: "Mark the web session cookie Secure (behind an HTTPS proxy). 会话 Cookie 仅限 HTTPS。")
    var secureCookies = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (1...1024).contains(maxRequestMB) else { throw ValidationError("--max-request-mb must be 1 to 1024") }
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be positive") }
    }

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let context = try CatalogLoader.context(project: engineOptions.project)
            let setup = try EngineSetup(engineOptions, linted: context.project)
            let catalog = context.catalog
            let channels = Set(catalog.entries.map(\.channel.id))
            let sandboxRoles = Dictionary(uniqueKeysWithValues: channels.map { channel in
                (channel, setup.configuration.kinds(forChannel: channel).filter { $0.kind == .sandbox }.map(\.role))
            })
            var logger = Logger(label: "channelflow.serve")
            logger.logLevel = ProcessInfo.processInfo.environment["CHANNELFLOW_LOG"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
            let server = ChannelFlowServer(
                engine: setup.engine, catalog: catalog,
                settings: ServerSettings(
                    host: host, port: port, maxRequestBytes: maxRequestMB << 20, idleTimeoutSeconds: idleTimeout,
                    sandboxRoles: sandboxRoles, secureCookies: secureCookies),
                logger: logger)
            let database = engineOptions.databasePath
            let zh = languageOption.language == .zh
            for (channel, roles) in sandboxRoles.sorted(by: { $0.key < $1.key }) where !roles.isEmpty {
                Terminal.printError(zh
                    ? "渠道 \(channel) 使用沙箱服务（非真实）：\(roles.joined(separator: ", "))"
                    : "channel \(channel) runs on sandbox providers (not real services): \(roles.joined(separator: ", "))")
            }
            do {
                try await server.run { [host] port in
                    // Scripts and tests wait for this line to learn the port.
                    Terminal.printOut("listening on http://\(host):\(port) (database \(database))")
                }
            } catch {
                throw CommandFailure(.internalFailure, LocalizedMessage(
                    en: "the server stopped: \(error)", zh: "服务异常停止：\(error)"))
            }
        }
    }
}
