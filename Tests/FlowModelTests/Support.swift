import FlowDiagnostics
import FlowModel
import Foundation

/// The repository's own folders, found from this file so tests need nothing outside the repository.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    static func source(_ relative: String) throws -> SourceFile {
        let data = try Data(contentsOf: root.appendingPathComponent(relative))
        return SourceFile(path: relative, bytes: Array(data))
    }

    /// Every shipped flow and channel file.
    static func shippedSources() throws -> [SourceFile] {
        var sources: [SourceFile] = []
        for folder in ["Flows", "Channels"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                sources.append(try source("\(folder)/\(name)"))
            }
        }
        return sources
    }
}
