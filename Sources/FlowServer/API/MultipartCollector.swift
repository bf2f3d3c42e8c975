import FlowDiagnostics
import FlowEngine
import Foundation
import Hummingbird
import NIOCore

/// Gathers the parts of a multipart submission as the parser finds them, checking each file
/// against its material's size limit byte by byte.
final class MultipartCollector {
    let materialLimits: [String: Int]
    private(set) var answers: [UInt8]?
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
            uploads[name] = MaterialUpload(name: fileName, bytes: bytes)
        } else if name == "answers" {
            answers = bytes
        }
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
