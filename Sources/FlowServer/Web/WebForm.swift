import FlowDiagnostics
import FlowEngine
import Hummingbird

/// A form posted by a page: every form of the web application is `multipart/form-data`, read as
/// it streams in by the API's multipart machinery, so a material larger than its limit is
/// refused before the rest of it is read.
struct WebForm {
    /// Input name → value (UTF-8; an input that is not is refused).
    var fields: [String: String]
    var uploads: [String: MaterialUpload]

    var csrf: String? { fields["_csrf"] }

    static func read(_ request: Request, limit: Int, materialLimits: [String: Int] = [:]) async throws -> WebForm {
        guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("multipart/form-data") else {
            throw Problem.badRequest(LocalizedMessage(
                en: "the pages post their forms as multipart/form-data", zh: "网页表单须以 multipart/form-data 提交"))
        }
        let (parts, _) = try await MultipartCollector.read(request, limit: limit, materialLimits: materialLimits)
        var fields: [String: String] = [:]
        for (name, bytes) in parts.fields {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Problem.badRequest(LocalizedMessage(en: "the form field \(name) is not UTF-8 text", zh: "表单字段 \(name) 不是 UTF-8 文本"))
            }
            fields[name] = text
        }
        return WebForm(fields: fields, uploads: parts.uploads)
    }
}
