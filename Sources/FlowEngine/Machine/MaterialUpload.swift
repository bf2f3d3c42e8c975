import FlowDiagnostics
public import FlowModel

/// A file given for a material, read by the driver; the machine checks it.
public struct MaterialUpload: Sendable, Hashable {
    /// Where it came from, for messages (a file name, never its content).
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The type the bytes say, whatever the name says.
    public var detectedType: MaterialFileType? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }

    /// Why the upload does not fit the material, or nil when it does.
    func problem(for material: Material) -> LocalizedMessage? {
        let accepted = material.accept.map(\.value.rawValue).joined(separator: ", ")
        guard let type = detectedType else {
            return LocalizedMessage(
                en: "\(name) is not a PDF, JPEG or PNG file (accepted: \(accepted))",
                zh: "\(name) 不是 PDF、JPEG 或 PNG 文件（可接受：\(accepted)）")
        }
        guard material.accept.contains(where: { $0.value == type }) else {
            return LocalizedMessage(
                en: "\(name) is a \(type.rawValue.uppercased()) file; this material accepts \(accepted)",
                zh: "\(name) 是 \(type.rawValue.uppercased()) 文件；该资料仅接受 \(accepted)")
        }
        let limit = material.maxSizeMB.value * 1_048_576
        guard bytes.count <= limit else {
            return LocalizedMessage(
                en: "\(name) has \(bytes.count) bytes; at most \(material.maxSizeMB.value) MB",
                zh: "\(name) 大小为 \(bytes.count) 字节，超过上限 \(material.maxSizeMB.value) MB")
        }
        return nil
    }
}
