import Foundation

/// A key for the sandbox UKEY provider in a folder of its own: the sample company's certificate,
/// its PIN 123456.
struct SandboxKeyFile {
    static let sample = """
        serial: 5A3F0000000000000000000000000001
        organization: 北京示例科技有限公司
        uscc: 91110000600037341L
        not-after: 2027-01-31
        medium: ukey
        pin: "123456"
        """

    let folder: URL
    var path: String { folder.appendingPathComponent("key.yaml").path }

    init(_ text: String = Self.sample) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cf-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
