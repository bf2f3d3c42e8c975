import FlowDiagnostics
import FlowEngine
import FlowModel
import Foundation
import Hummingbird

/// Reads a step submission: `application/json` ({version, answers}), or `multipart/form-data`
/// with that JSON in a part named `answers` and one file part per material (the part's name is
/// the material's id). Both limits hold while the body streams in: the request's, and each
/// material's maximum size, so an oversized upload is refused without keeping it.
struct SubmissionReader {
    struct Read {
        var body: SubmissionBody
        var uploads: [String: MaterialUpload]
        /// SHA-256 of the raw body, for idempotency.
        var sha256: String
    }

    var limit: Int
    /// Material id → largest accepted size in bytes, for the step being submitted.
    var materialLimits: [String: Int]

    func read(_ request: Request) async throws -> Read {
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") { return try await multipart(request) }
        let body = try await request.collectBody(limit: limit)
        let bytes = Array(body.readableBytesView)
        return Read(body: try Self.decode(bytes, pointer: ""), uploads: [:], sha256: SHA256Hex.of(bytes))
    }

    static func decode(_ bytes: [UInt8], pointer: String) throws -> SubmissionBody {
        do {
            return try JSONDecoder().decode(SubmissionBody.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, _) {
            throw Problem.badRequest(LocalizedMessage(
                en: "\(pointer)/\(key.stringValue) is missing", zh: "缺少 \(pointer)/\(key.stringValue)"))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = pointer + "/" + context.codingPath.map(\.stringValue).joined(separator: "/")
            throw Problem.badRequest(LocalizedMessage(
                en: "\(path) has the wrong type: \(context.debugDescription)", zh: "\(path) 的类型不正确"))
        } catch {
            throw Problem.badRequest(LocalizedMessage(
                en: "the body is not the JSON of a submission ({\"version\": N, \"answers\": {…}})",
                zh: "请求内容不是有效的提交 JSON（{\"version\": N, \"answers\": {…}}）"))
        }
    }

    private func multipart(_ request: Request) async throws -> Read {
        let (parts, sha256) = try await MultipartCollector.read(request, limit: limit, materialLimits: materialLimits)
        guard let answers = parts.fields["answers"] else {
            throw Problem.badRequest(LocalizedMessage(
                en: "the multipart body has no part named answers", zh: "multipart 请求缺少名为 answers 的部分"))
        }
        return Read(body: try Self.decode(answers, pointer: "/answers-part"), uploads: parts.uploads, sha256: sha256)
    }
}
