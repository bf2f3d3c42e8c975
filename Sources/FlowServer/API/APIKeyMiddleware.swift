import FlowDiagnostics
import FlowStore
import Foundation
import Hummingbird

/// Lets a request in only with a channel's live API key (`Authorization: Bearer cfk_…`), and
/// records the key's channel: every route sees and touches that channel's orders only.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let keys: APIKeys

    func handle(
        _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw Problem.unauthorized(LocalizedMessage(
                en: "an API key is required: Authorization: Bearer cfk_…", zh: "需要 API 密钥：Authorization: Bearer cfk_…"))
        }
        let presented = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard let key = try keys.verify(presented) else {
            throw Problem.unauthorized(LocalizedMessage(
                en: "the API key is unknown or revoked", zh: "API 密钥无效或已被吊销"))
        }
        var context = context
        context.channel = key.channel
        return try await next(request, context)
    }
}
