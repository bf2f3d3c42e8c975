import Foundation

/// One case of the YAML test suite as checked into the fixtures: a folder such as `2AUY`, or a
/// variant folder such as `2G84/00` (each variant is a case of its own, which is how 402 arises).
struct SuiteCase: Sendable, CustomStringConvertible {
    /// The folder path relative to the suite root, `2AUY` or `2G84/00`.
    let id: String
    /// The first line of `===`.
    let title: String
    let yaml: [UInt8]
    /// `test.event`, the expected event stream (for an error case: the events before the error).
    let events: String
    /// `in.json`: one JSON value per document, concatenated; nil where the suite gives none.
    let json: String?
    /// The case has an `error` file: the input must be rejected.
    let isError: Bool

    var description: String { "\(id) (\(title))" }

    /// The suite's root, found next to this file so the tests need nothing outside the repository.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yaml-test-suite", isDirectory: true)

    /// Every case of the suite, sorted by id.
    static func all() throws -> [SuiteCase] {
        var cases: [SuiteCase] = []
        for name in try folders(in: root) {
            let folder = root.appendingPathComponent(name, isDirectory: true)
            if exists(folder.appendingPathComponent("in.yaml")) {
                cases.append(try SuiteCase(id: name, folder: folder))
                continue
            }
            // A case with variants holds only the sub-folders 00, 01, …
            for variant in try folders(in: folder) {
                let variantFolder = folder.appendingPathComponent(variant, isDirectory: true)
                cases.append(try SuiteCase(id: "\(name)/\(variant)", folder: variantFolder))
            }
        }
        return cases
    }

    private init(id: String, folder: URL) throws {
        self.id = id
        let read = { (name: String) throws -> Data in try Data(contentsOf: folder.appendingPathComponent(name)) }
        title = String(decoding: try read("==="), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        yaml = Array(try read("in.yaml"))
        events = String(decoding: try read("test.event"), as: UTF8.self)
        let jsonFile = folder.appendingPathComponent("in.json")
        json = Self.exists(jsonFile) ? String(decoding: try Data(contentsOf: jsonFile), as: UTF8.self) : nil
        isError = Self.exists(folder.appendingPathComponent("error"))
    }

    private static func folders(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                let path = directory.appendingPathComponent(name).path
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
            .sorted()
    }

    private static func exists(_ file: URL) -> Bool {
        FileManager.default.fileExists(atPath: file.path)
    }
}
