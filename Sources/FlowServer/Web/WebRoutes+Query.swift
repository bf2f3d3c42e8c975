import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Foundation
import Hummingbird

/// The order query pages: the orders this browser started with the channel, and one order's
/// answers (masked) and history.
extension WebRoutes {
    @Sendable func orders(_ request: Request, context: ServerContext) async throws -> Response {
        struct Page {
            var frame: PageFrame
            var orders: [OrderLine]
        }
        let channel = try channel(context)
        let (session, cookie) = try sessions.current(request, channel: channel.id)
        let lines = try engine.configuration.store.orders(ofSession: session.idSha256).map { id in
            let current = try access.perform(id) { () throws(EngineError) in try engine.currentStep(id) }
            return OrderLine(current.order, flowTitle: current.flowTitle, stepTitle: current.step.title.value)
        }
        return try WebPages.render("orders", Page(
            frame: frame(channel, title: LocalizedText(zh: "我的订单", en: "My orders"), csrf: session.csrfToken), orders: lines),
            cookie: cookie)
    }

    @Sendable func detail(_ request: Request, context: ServerContext) async throws -> Response {
        struct Page {
            struct Event {
                var at: String
                var kind: String
                var step: String?
                var detail: String
            }

            var frame: PageFrame
            var order: OrderLine
            var answers: [StepPayload.SummaryLine]
            var events: [Event]
        }
        let (channel, session, id) = try owned(request, context)
        let view = try access.perform(id) { () throws(EngineError) in try engine.show(id) }
        return try WebPages.render("detail", Page(
            frame: frame(channel, title: LocalizedText(zh: "订单详情", en: "Order details"), csrf: session.csrfToken),
            order: OrderLine(view.record, flowTitle: view.flowTitle, stepTitle: view.stepTitle),
            answers: view.answers.map(StepPayload.SummaryLine.init),
            events: view.events.map { Page.Event(at: Self.time($0.at), kind: $0.kind, step: $0.step, detail: $0.detail) }))
    }

    /// Milliseconds since 1970 as a time in Beijing, where the applicants are.
    private static func time(_ milliseconds: Int64) -> String {
        beijing.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// One formatter for every history line: making one costs more than the page's queries.
    private static let beijing: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }()
}
