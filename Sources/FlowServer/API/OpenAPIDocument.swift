import FlowDiagnostics
import Foundation
import Hummingbird

/// The API's OpenAPI 3.1 document, shipped as `Resources/openapi.json` and served as it is; the
/// tests hold it to the routes (`APIRoutes.operations`) and to the answers the server gives.
enum OpenAPIDocument {
    static let bytes: [UInt8]? = ServerResources.url("openapi", extension: "json")
        .flatMap { try? Data(contentsOf: $0) }.map(Array.init)

    @Sendable static func serve(_ request: Request, context: ServerContext) throws -> Response {
        guard let bytes else {
            throw Problem(
                .internalServerError, kind: "internal", title: "OpenAPI document missing",
                message: LocalizedMessage(en: "this build lacks its OpenAPI document", zh: "此版本缺少 OpenAPI 文档"))
        }
        return JSONReply(status: .ok, contentType: "application/json", body: bytes).response
    }
}
