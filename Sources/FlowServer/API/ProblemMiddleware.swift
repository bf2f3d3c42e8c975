import FlowDiagnostics
import Hummingbird
import Logging

/// Every answer under `/api/` is JSON: an unknown path or method, or an unexpected failure
/// (logged, never shown: it may name a file or a database detail), becomes a problem document
/// like the API's own refusals.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let logger: Logger

    func handle(
        _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            throw Problem(
                error.status, kind: "http-\(error.status.code)", title: error.status.reasonPhrase,
                message: LocalizedMessage(
                    en: error.body ?? "\(error.status.code) \(error.status.reasonPhrase)",
                    zh: "请求无法处理（HTTP \(error.status.code)）"))
        } catch {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw Problem(
                .internalServerError, kind: "internal", title: "Internal error",
                message: LocalizedMessage(en: "the server failed; the request was not applied", zh: "服务器内部错误，请求未被执行"))
        }
    }
}
