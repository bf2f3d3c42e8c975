import Crypto
import FlowDiagnostics
import FlowEngine
import FlowModel
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Gathers the parts of a multipart submission as the parser finds them, checking each file
/// against its material's size limit byte by byte. The API's submissions and the web
/// application's forms both arrive this way.
final class MultipartCollector {
    let materialLimits: [String: Int]
    /// The parts that are not files, by name (the API's `answers`, a web form's inputs).
    private(set) var fields: [String: [UInt8]] = [:]
    private(set) var uploads: [String: MaterialUpload] = [:]
    /// The first reason to refuse the body; reading stops at it.
    private(set) var problem: Problem?
    private var name: String?
    private var fileName: String?
    private var bytes: [UInt8] = []

    init(materialLimits: [String: Int]) {
        self.materialLimits = materialLimits
    }

    func header(_ field: String, _ value: String) {
        guard field.lowercased() == "content-disposition" else { return }
        name = Self.parameter("name", in: value)
        fileName = Self.parameter("filename", in: value)
    }

    func body(_ buffer: inout ByteBuffer) {
        guard problem == nil else { return }
        bytes += buffer.readableBytesView
        guard let name, fileName != nil else {
            if bytes.count > 1 << 20 { problem = .tooLarge(limit: 1 << 20) }
            return
        }
        guard let limit = materialLimits[name] else {
            problem = .badRequest(LocalizedMessage(
                en: "this step asks no material \(name); it asks: \(materialLimits.keys.sorted().joined(separator: ", "))",
                zh: "本步骤不需要资料 \(name)；需要：\(materialLimits.keys.sorted().joined(separator: "、"))"))
            return
        }
        if bytes.count > limit {
            problem = Problem(
                .contentTooLarge, kind: "content-too-large", title: "Material too large",
                message: LocalizedMessage(
                    en: "material \(name) is larger than \(limit / 1_048_576) MB", zh: "资料 \(name) 超过 \(limit / 1_048_576) MB 上限"))
        }
    }

    func complete() {
        defer {
            name = nil
            fileName = nil
            bytes = []
        }
        guard problem == nil, let name else { return }
        if let fileName {
            // A browser sends a file input left empty as a part with an empty file name.
            guard !(fileName.isEmpty && bytes.isEmpty) else { return }
            uploads[name] = MaterialUpload(name: fileName, bytes: bytes)
        } else {
            fields[name] = bytes
        }
    }

    /// Streams a `multipart/form-data` request through the parser into a collector, refusing
    /// the body as soon as it passes `limit` bytes or a file passes its material's limit.
    /// Returns the collector and the SHA-256 of the raw body.
    static func read(_ request: Request, limit: Int, materialLimits: [String: Int]) async throws -> (MultipartCollector, sha256: String) {
        guard let boundary = parameter("boundary", in: request.headers[.contentType] ?? "") else {
            throw Problem.badRequest(LocalizedMessage(
                en: "multipart/form-data without a boundary", zh: "multipart/form-data 缺少 boundary 参数"))
        }
        let parts = MultipartCollector(materialLimits: materialLimits)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in parts.header(name, value) }
        parser.onBody = { buffer in parts.body(&buffer) }
        parser.onPartComplete = { parts.complete() }
        var hash = SHA256()
        var received = 0
        for try await chunk in request.body {
            received += chunk.readableBytes
            guard received <= limit else { throw Problem.tooLarge(limit: limit) }
            chunk.withUnsafeReadableBytes { hash.update(bufferPointer: $0) }
            do { try parser.execute(chunk) } catch {
                throw Problem.badRequest(LocalizedMessage(en: "the multipart body is malformed", zh: "multipart 请求内容格式错误"))
            }
            if let problem = parts.problem { throw problem }
        }
        if let problem = parts.problem { throw problem }
        return (parts, Hex.of(hash.finalize()))
    }

    /// A header value's parameter: `name="answers"` of a Content-Disposition, the boundary of a
    /// Content-Type.
    static func parameter(_ key: String, in value: String) -> String? {
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == key { return pair[1].trimmingCharacters(in: .init(charactersIn: "\"")) }
        }
        return nil
    }
}
