import FlowDiagnostics
import FlowModel
import Hummingbird
import Logging

/// The web application's refusals as pages, not problem+json: the status stays, the message is
/// shown in both languages with a way back. An unexpected failure says only that it happened.
struct WebErrorPages: RouterMiddleware {
    typealias Context = ServerContext

    struct Page {
        var frame: PageFrame
        var status: Int
        var message: LocalizedTextPayload
        var home: String
    }

    func handle(
        _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return try page(request, status: problem.status, message: problem.messages)
        } catch let error as any HTTPResponseError where error.status != .internalServerError {
            return try page(request, status: error.status, message: Self.message(error.status))
        } catch {
            context.logger.error("web page failed", metadata: ["error": "\(error)"])
            return try page(request, status: .internalServerError, message: Self.message(.internalServerError))
        }
    }

    private func page(_ request: Request, status: HTTPResponse.Status, message: LocalizedTextPayload) throws -> Response {
        // Back to the channel's landing page when the path names one, else to the channel list.
        let parts = request.uri.path.split(separator: "/")
        let home = parts.count > 1 && parts[0] == "web" ? "/web/\(parts[1])" : "/web"
        return try WebPages.render(
            "error",
            Page(
                frame: PageFrame(title: LocalizedText(zh: "无法完成", en: "Cannot be done"), channel: nil, sandboxRoles: [], csrf: nil),
                status: status.code, message: message, home: home),
            status: status)
    }

    private static func message(_ status: HTTPResponse.Status) -> LocalizedTextPayload {
        let message = switch status {
        case .notFound: LocalizedMessage(en: "there is no such page", zh: "页面不存在")
        case .contentTooLarge: LocalizedMessage(en: "the form is too large", zh: "提交的内容过大")
        case .internalServerError: LocalizedMessage(en: "something went wrong on our side; try again later", zh: "服务出现问题，请稍后再试")
        default: LocalizedMessage(en: "the request cannot be done (\(status.code))", zh: "请求无法完成（\(status.code)）")
        }
        return LocalizedTextPayload(message)
    }
}
