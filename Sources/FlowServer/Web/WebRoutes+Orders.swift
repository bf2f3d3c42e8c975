import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Hummingbird

/// An order's pages: the step it asks now (or what it waits for, or how it ended), and the
/// forms that move it. Each form posts, then the browser is sent to the order's page (post,
/// redirect, get); a refused submission shows the step again with its messages.
extension WebRoutes {
    @Sendable func order(_ request: Request, context: ServerContext) async throws -> Response {
        let (channel, session, id) = try owned(request, context)
        return try page(id, channel: channel, session: session, attempt: WebAttempt(), status: .ok)
    }

    @Sendable func submit(_ request: Request, context: ServerContext) async throws -> Response {
        let (channel, owner, id) = try owned(request, context)
        let current = try access.current(id, channel: channel.id)
        let form = try await WebForm.read(
            request, limit: server.settings.maxRequestBytes, materialLimits: OrderAccess.materialLimits(current))
        let session = try sessions.checked(owner, token: form.csrf)
        guard let version = form.fields["_version"].flatMap(Int64.init) else {
            throw Problem.badRequest(LocalizedMessage(en: "the form names no order version", zh: "表单缺少订单版本"))
        }
        let step = try context.parameters.require("step")
        let built = WebAnswers(form: form.fields, current: current, sandboxRoles: sandboxRoles(channel.id))
        do {
            _ = try await engine.submit(id, step: step, answers: built.answers, uploads: form.uploads, version: version)
        } catch {
            var attempt = built.attempt
            let status: HTTPResponse.Status
            switch error {
            case let .invalidAnswers(_, fields):
                attempt.errors = fields
                status = .unprocessableContent
            case let .rejected(_, message):
                attempt.refusal = Refusal(message)
                status = .unprocessableContent
            case let .notAllowed(message), let .stale(message):
                attempt = WebAttempt(refusal: Refusal(message))
                status = .conflict
            case let .guardTaken(existing, message):
                attempt.refusal = Refusal(message, existingOrder: existing)
                status = .conflict
            default:
                throw Problem(error)
            }
            return try page(id, channel: channel, session: session, attempt: attempt, status: status)
        }
        return try await onward(id, channel: channel, session: session)
    }

    @Sendable func back(_ request: Request, context: ServerContext) async throws -> Response {
        try await moving(request, context) { id throws(EngineError) in _ = try engine.back(id) }
    }

    @Sendable func cancel(_ request: Request, context: ServerContext) async throws -> Response {
        try await moving(request, context) { id throws(EngineError) in _ = try engine.cancel(id) }
    }

    /// The sandbox's answer to a waiting order (`accepted` true or false): offered only where the
    /// provider the order waits for is the sandbox; a real one answers by itself.
    @Sendable func confirm(_ request: Request, context: ServerContext) async throws -> Response {
        let (channel, owner, id) = try owned(request, context)
        let form = try await WebForm.read(request, limit: Self.smallFormLimit)
        let session = try sessions.checked(owner, token: form.csrf)
        let current = try access.current(id, channel: channel.id)
        guard let role = StatusPage.sandboxRole(current.order), sandboxRoles(channel.id).contains(role) else {
            throw Problem(
                .forbidden, kind: "not-sandbox", title: "Not a sandbox provider",
                message: LocalizedMessage(
                    en: "this order does not wait for a sandbox provider; the real service confirms it",
                    zh: "该订单等待的不是沙箱服务，须由真实服务确认"))
        }
        let accepted = form.fields["accepted"] == "true"
        do {
            _ = try await engine.confirm(id, accepted: accepted)
        } catch {
            return try page(id, channel: channel, session: session, attempt: WebAttempt(refusal: Refusal(error.message)), status: .conflict)
        }
        return try await onward(id, channel: channel, session: session)
    }

    /// After a form moved the order: the steps that ask nothing (the submission for review …)
    /// run at once, as `channelflow run` runs them, stopping at a confirmation page for the
    /// applicant to read; then the browser goes to the order's page. A failure on the way is
    /// shown on that page, the order left at the step that failed.
    func onward(_ id: String, channel: CompiledFlow.ChannelIdentity, session: WebSessionRecord) async throws -> Response {
        do { _ = try await access.runAutomaticSteps(id) } catch {
            return try page(id, channel: channel, session: session, attempt: WebAttempt(refusal: Refusal(error.message)), status: Problem(error).status)
        }
        return WebPages.seeOther("/web/\(channel.id)/orders/\(id)")
    }

    /// Back and cancel: the operation, then the order's page; a refusal is shown on it.
    private func moving(
        _ request: Request, _ context: ServerContext, _ operation: (String) throws(EngineError) -> Void
    ) async throws -> Response {
        let (channel, owner, id) = try owned(request, context)
        let form = try await WebForm.read(request, limit: Self.smallFormLimit)
        let session = try sessions.checked(owner, token: form.csrf)
        do { try operation(id) } catch {
            return try page(id, channel: channel, session: session, attempt: WebAttempt(refusal: Refusal(error.message)), status: .conflict)
        }
        return WebPages.seeOther("/web/\(channel.id)/orders/\(id)")
    }

    /// The page of the order as it stands: its step's form, what it waits for, or how it ended.
    func page(
        _ id: String, channel: CompiledFlow.ChannelIdentity, session: WebSessionRecord, attempt: WebAttempt,
        status: HTTPResponse.Status
    ) throws -> Response {
        let current = try access.current(id, channel: channel.id)
        let frame = frame(channel, title: current.step.title.value, csrf: session.csrfToken)
        guard current.order.status == .active else {
            // Only a finished or waiting order's page shows what the history holds (the review's due date).
            let view = try access.perform(id) { () throws(EngineError) in try engine.show(id) }
            return try WebPages.render(
                "status", StatusPage(frame: frame, current: current, view: view, refusal: attempt.refusal, sandboxRoles: sandboxRoles(channel.id)),
                status: status)
        }
        var captcha: CaptchaImage?
        if current.step.allFields.contains(where: { $0.type.value == .captcha }) {
            captcha = try access.perform(id) { () throws(EngineError) in try engine.newCaptcha(id) }
        }
        return try WebPages.render(
            "step",
            StepPage(
                frame: frame, current: current, summary: try access.summary(current), attempt: attempt, captcha: captcha,
                sandboxRoles: sandboxRoles(channel.id)),
            status: status)
    }

    /// The channel, the browser's session and the order of the path, when that session started
    /// the order; any other browser is told there is no such order.
    func owned(_ request: Request, _ context: ServerContext) throws -> (CompiledFlow.ChannelIdentity, WebSessionRecord, String) {
        let channel = try channel(context)
        let id = try context.parameters.require("order")
        guard let session = try sessions.existing(request, channel: channel.id), try sessions.owns(session, order: id) else {
            throw Problem(EngineError.orderNotFound(id))
        }
        return (channel, session, id)
    }
}
