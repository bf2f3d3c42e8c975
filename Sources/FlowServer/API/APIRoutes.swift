import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Foundation
import Hummingbird

/// The JSON API, one channel per API key. Reads are plain; every state-changing request takes an
/// optional `Idempotency-Key`. See `Resources/openapi.json` (served at `/openapi.json`).
struct APIRoutes: Sendable {
    let server: ChannelFlowServer
    var engine: FlowEngine { server.engine }
    var access: OrderAccess { OrderAccess(engine: server.engine) }

    /// Bodies of the small JSON requests (start, confirmation …).
    static let smallBodyLimit = 64 << 10

    /// One route of the API: what registers it and what the OpenAPI document must describe.
    struct Operation: Sendable {
        var method: HTTPRequest.Method
        /// Relative to `/api/v1`, parameters as `:name`.
        var path: String
        var handler: @Sendable (APIRoutes) -> @Sendable (Request, ServerContext) async throws -> Response
    }

    static let operations: [Operation] = [
        Operation(method: .get, path: "channels") { $0.channels },
        Operation(method: .get, path: "channels/:channel/flows/:flow") { $0.flow },
        Operation(method: .post, path: "channels/:channel/flows/:flow/orders") { $0.start },
        Operation(method: .get, path: "orders") { $0.orders },
        Operation(method: .get, path: "orders/:order") { $0.order },
        Operation(method: .get, path: "orders/:order/step") { $0.step },
        Operation(method: .post, path: "orders/:order/steps/:step") { $0.submit },
        Operation(method: .post, path: "orders/:order/back") { $0.back },
        Operation(method: .post, path: "orders/:order/cancel") { $0.cancel },
        Operation(method: .post, path: "orders/:order/confirmation") { $0.confirm },
        Operation(method: .post, path: "orders/:order/captcha") { $0.captcha },
    ]

    func register(on group: RouterGroup<ServerContext>) {
        group.add(middleware: APIKeyMiddleware(keys: server.keys))
        for operation in Self.operations {
            group.on(RouterPath(operation.path), method: operation.method, use: operation.handler(self))
        }
    }

    @Sendable func channels(_ request: Request, context: ServerContext) async throws -> Response {
        let entries = server.catalog.flows(of: try channel(context))
        return try JSONReply(ChannelListPayload(channels: entries.isEmpty ? [] : [ChannelPayload(entries)])).response
    }

    @Sendable func flow(_ request: Request, context: ServerContext) async throws -> Response {
        let (entry, prepared) = try definition(context)
        return try JSONReply(FlowPayload(entry, hash: prepared.hash)).response
    }

    @Sendable func start(_ request: Request, context: ServerContext) async throws -> Response {
        let channel = try channel(context)
        let (_, prepared) = try definition(context)
        let body = try await request.collectBody(limit: Self.smallBodyLimit)
        return try await stateChanging(request, channel: channel, body: body) {
            let report = try await access.perform(nil) { () async throws(EngineError) in try await engine.start(prepared) }
            let progress = try await progress(report)
            return try JSONReply(status: .created, progress, location: "/api/v1/orders/\(report.order)")
        }
    }

    @Sendable func orders(_ request: Request, context: ServerContext) async throws -> Response {
        let query = request.uri.queryParameters
        var filter = OrderFilter(channel: try channel(context), limit: 100)
        if let status = query["status"].map(String.init) {
            guard let value = OrderStatus(rawValue: status) else {
                throw Problem.badRequest(LocalizedMessage(
                    en: "status must be one of \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))",
                    zh: "status 须为 \(OrderStatus.allCases.map(\.rawValue).joined(separator: "、")) 之一"))
            }
            filter.status = value
        }
        filter.flow = query["flow"].map(String.init)
        filter.subject = query["subject"].map(String.init)
        filter.wait = query["wait"].map(String.init)
        if let limit = query["limit"] {
            guard let value = Int(limit), (1...1000).contains(value) else {
                throw Problem.badRequest(LocalizedMessage(en: "limit must be 1 to 1000", zh: "limit 须在 1 至 1000 之间"))
            }
            filter.limit = value
        }
        let records = try access.perform(nil) { () throws(EngineError) in try engine.orders(filter) }
        return try JSONReply(OrderListPayload(orders: records.map(OrderPayload.init))).response
    }

    @Sendable func order(_ request: Request, context: ServerContext) async throws -> Response {
        let id = try context.parameters.require("order")
        _ = try access.current(id, channel: try channel(context))
        let view = try access.perform(id) { () throws(EngineError) in try engine.show(id) }
        return try JSONReply(OrderDetailPayload(
            order: OrderPayload(view.record), flowTitle: LocalizedTextPayload(view.flowTitle),
            stepTitle: LocalizedTextPayload(view.stepTitle), path: view.path,
            answers: view.answers.map(StepPayload.SummaryLine.init),
            events: view.events.map { .init(at: $0.at, kind: $0.kind, step: $0.step, detail: $0.detail) })).response
    }

    @Sendable func step(_ request: Request, context: ServerContext) async throws -> Response {
        let current = try access.current(try context.parameters.require("order"), channel: try channel(context))
        return try JSONReply(try access.payload(current)).response
    }

    @Sendable func submit(_ request: Request, context: ServerContext) async throws -> Response {
        let id = try context.parameters.require("order")
        let stepID = try context.parameters.require("step")
        let channel = try channel(context)
        let current = try access.current(id, channel: channel)
        let read = try await SubmissionReader(
            limit: server.settings.maxRequestBytes, materialLimits: OrderAccess.materialLimits(current)).read(request)
        return try await idempotent(request, channel: channel, bodySHA256: read.sha256) {
            let report = try await access.perform(id) { () async throws(EngineError) in
                try await engine.submit(id, step: stepID, answers: read.body.rawAnswers, uploads: read.uploads, version: read.body.version)
            }
            return try JSONReply(try await progress(report))
        }
    }

    @Sendable func back(_ request: Request, context: ServerContext) async throws -> Response {
        try await moving(request, context) { id throws(EngineError) in _ = try engine.back(id) }
    }

    @Sendable func cancel(_ request: Request, context: ServerContext) async throws -> Response {
        try await moving(request, context) { id throws(EngineError) in _ = try engine.cancel(id) }
    }

    /// The outside world's answer to a waiting order (`{"accepted": true}`): a payment, a face
    /// scan, a one-cent transfer.
    @Sendable func confirm(_ request: Request, context: ServerContext) async throws -> Response {
        struct Confirmation: Decodable { var accepted: Bool }
        let id = try context.parameters.require("order")
        let channel = try channel(context)
        _ = try access.current(id, channel: channel)
        let body = try await request.collectBody(limit: Self.smallBodyLimit)
        let confirmation: Confirmation
        do { confirmation = try JSONDecoder().decode(Confirmation.self, from: Data(body.readableBytesView)) } catch {
            throw Problem.badRequest(LocalizedMessage(
                en: "the body must be {\"accepted\": true|false}", zh: "请求内容须为 {\"accepted\": true|false}"))
        }
        return try await stateChanging(request, channel: channel, body: body) {
            let report = try await access.perform(id) { () async throws(EngineError) in
                try await engine.confirm(id, accepted: confirmation.accepted)
            }
            return try JSONReply(try await progress(report))
        }
    }

    @Sendable func captcha(_ request: Request, context: ServerContext) async throws -> Response {
        let id = try context.parameters.require("order")
        let channel = try channel(context)
        _ = try access.current(id, channel: channel)
        let body = try await request.collectBody(limit: Self.smallBodyLimit)
        return try await stateChanging(request, channel: channel, body: body) {
            let image = try access.perform(id) { () throws(EngineError) in try engine.newCaptcha(id) }
            return try JSONReply(CaptchaPayload(svg: image.svg))
        }
    }

    /// Back and cancel: the operation, then the step the order is at.
    private func moving(
        _ request: Request, _ context: ServerContext, _ operation: @escaping (String) throws(EngineError) -> Void
    ) async throws -> Response {
        let id = try context.parameters.require("order")
        let channel = try channel(context)
        _ = try access.current(id, channel: channel)
        let body = try await request.collectBody(limit: Self.smallBodyLimit)
        return try await stateChanging(request, channel: channel, body: body) {
            try access.perform(id) { () throws(EngineError) in try operation(id) }
            return try JSONReply(try access.payload(try access.current(id, channel: channel)))
        }
    }

    private func stateChanging(
        _ request: Request, channel: String, body: ByteBuffer, _ work: () async throws -> JSONReply
    ) async throws -> Response {
        let sha256 = SHA256Hex.of(body.readableBytesView)
        return try await idempotent(request, channel: channel, bodySHA256: sha256, work)
    }

    private func idempotent(
        _ request: Request, channel: String, bodySHA256: String, _ work: () async throws -> JSONReply
    ) async throws -> Response {
        try await server.idempotency.run(
            key: request.headers[.init("Idempotency-Key")!], channel: channel,
            fingerprint: Idempotency.fingerprint(request, bodySHA256: bodySHA256), work)
    }

    /// The request's report, then the automatic steps run after it, then what is asked now.
    private func progress(_ report: StepReport) async throws -> ProgressPayload {
        let automatic = try await access.perform(report.order) { () async throws(EngineError) in
            try await access.runAutomaticSteps(report.order)
        }
        let current = try access.perform(report.order) { () throws(EngineError) in try engine.currentStep(report.order) }
        let order = OrderPayload(current.order)
        return ProgressPayload(
            report: ReportPayload(report, order: order), automatic: automatic.map { ReportPayload($0, order: order) },
            step: try access.payload(current, captcha: automatic.last?.captcha ?? report.captcha))
    }

    private func channel(_ context: ServerContext) throws -> String {
        guard let channel = context.channel else {
            throw Problem.unauthorized(LocalizedMessage(en: "an API key is required", zh: "需要 API 密钥"))
        }
        return channel
    }

    /// The (channel, flow) of the path, offered to the key's channel.
    private func definition(_ context: ServerContext) throws -> (CompiledFlow, PreparedDefinition) {
        let channel = try channel(context)
        let pathChannel = try context.parameters.require("channel")
        let flow = try context.parameters.require("flow")
        guard pathChannel == channel, let prepared = server.definition(channel: channel, flow: flow) else {
            throw Problem.notFound(LocalizedMessage(
                en: "channel \(pathChannel) offers no flow \(flow) to this API key", zh: "该 API 密钥的渠道 \(pathChannel) 不提供流程 \(flow)"))
        }
        return (prepared.flow, prepared)
    }
}
