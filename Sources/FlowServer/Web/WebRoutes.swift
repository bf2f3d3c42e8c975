import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Hummingbird

/// The web application for applicants, under `/web`: plain server-rendered forms (no script
/// needed) over the same engine and definitions as the API. Every page is rendered from the
/// channel's compiled flows; a session cookie per channel binds orders to the browser that
/// started them, and every form carries the session's CSRF token.
struct WebRoutes: Sendable {
    let server: ChannelFlowServer
    var engine: FlowEngine { server.engine }
    var access: OrderAccess { OrderAccess(engine: server.engine) }
    var sessions: WebSessions {
        WebSessions(store: engine.configuration.store, clock: engine.configuration.clock, secureCookies: server.settings.secureCookies)
    }

    /// Forms without a file (start, back, cancel, confirmations).
    static let smallFormLimit = 64 << 10

    func register(on group: RouterGroup<ServerContext>) {
        group.add(middleware: WebErrorPages())
        group.get(use: channels)
        group.get(":channel", use: landing)
        group.post(":channel/flows/:flow/start", use: start)
        group.get(":channel/orders", use: orders)
        group.get(":channel/orders/:order", use: order)
        group.get(":channel/orders/:order/detail", use: detail)
        group.post(":channel/orders/:order/steps/:step", use: submit)
        group.post(":channel/orders/:order/back", use: back)
        group.post(":channel/orders/:order/cancel", use: cancel)
        group.post(":channel/orders/:order/confirmation", use: confirm)
    }

    @Sendable func channels(_ request: Request, context: ServerContext) async throws -> Response {
        struct Page {
            struct Line {
                var link: String
                var name: LocalizedTextPayload
                var sandbox: Bool
            }

            var frame: PageFrame
            var channels: [Line]
        }
        var seen = Set<String>()
        let identities = server.catalog.entries.map(\.channel).filter { seen.insert($0.id).inserted }
        return try WebPages.render("channels", Page(
            frame: PageFrame(title: LocalizedText(zh: "选择办理渠道", en: "Choose a channel"), channel: nil, sandboxRoles: [], csrf: nil),
            channels: identities.map { identity in
                Page.Line(
                    link: "/web/\(identity.id)", name: LocalizedTextPayload(identity.name),
                    sandbox: !(server.settings.sandboxRoles[identity.id] ?? []).isEmpty)
            }))
    }

    /// A channel's processes, each with what to have ready and a button that starts it.
    @Sendable func landing(_ request: Request, context: ServerContext) async throws -> Response {
        struct Page {
            struct Process {
                var id: String
                var title: LocalizedTextPayload
                var description: LocalizedTextPayload?
                var materials: [StepPayload.MaterialPayload]
                var notes: [LocalizedTextPayload]
                var start: String
            }

            var frame: PageFrame
            var processes: [Process]
        }
        let channel = try channel(context)
        let (session, cookie) = try sessions.current(request, channel: channel.id)
        let entries = server.catalog.flows(of: channel.id)
        return try WebPages.render("landing", Page(
            frame: frame(channel, title: LocalizedText(zh: "业务办理", en: "Processes"), csrf: session.csrfToken),
            processes: entries.compactMap { entry in
                guard let prepared = server.definition(channel: channel.id, flow: entry.flow.id.value) else { return nil }
                let payload = FlowPayload(entry, hash: prepared.hash)
                return Page.Process(
                    id: payload.id, title: payload.title, description: entry.flow.description.map(LocalizedTextPayload.init),
                    materials: payload.beforeStart, notes: payload.notes, start: "/web/\(channel.id)/flows/\(payload.id)/start")
            }), cookie: cookie)
    }

    /// Starts an order of the channel's flow and binds it to the browser's session.
    @Sendable func start(_ request: Request, context: ServerContext) async throws -> Response {
        let channel = try channel(context)
        let flow = try context.parameters.require("flow")
        let form = try await WebForm.read(request, limit: Self.smallFormLimit)
        let session = try sessions.posted(request, channel: channel.id, token: form.csrf)
        guard let prepared = server.definition(channel: channel.id, flow: flow) else {
            throw Problem.notFound(LocalizedMessage(
                en: "channel \(channel.id) offers no process \(flow)", zh: "渠道 \(channel.id) 不提供业务 \(flow)"))
        }
        let report = try await access.perform(nil) { () async throws(EngineError) in try await engine.start(prepared) }
        try engine.configuration.store.bind(order: report.order, toSession: session.idSha256)
        return try await onward(report.order, channel: channel, session: session)
    }

    /// The channel of the path, when the catalog has it.
    func channel(_ context: ServerContext) throws -> CompiledFlow.ChannelIdentity {
        let id = try context.parameters.require("channel")
        guard let entry = server.catalog.flows(of: id).first else {
            throw Problem.notFound(LocalizedMessage(en: "there is no channel \(id)", zh: "没有渠道 \(id)"))
        }
        return entry.channel
    }

    func frame(_ channel: CompiledFlow.ChannelIdentity, title: LocalizedText, csrf: String?) -> PageFrame {
        PageFrame(title: title, channel: channel, sandboxRoles: sandboxRoles(channel.id), csrf: csrf)
    }

    func sandboxRoles(_ channel: String) -> [String] {
        server.settings.sandboxRoles[channel] ?? []
    }
}
