import FlowDiagnostics
import FlowModel
import Foundation
import Testing

/// The shipped Flows/ and Channels/ compiled, as the engine runs them.
enum ShippedCatalog {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        var sources: [SourceFile] = []
        for folder in ["Flows", "Channels"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = url.appendingPathComponent(name).path
                if case let .success(bytes) = InputFile.read(path, limit: 1 << 22) { sources.append(SourceFile(path: path, bytes: bytes)) }
            }
        }
        return Project.read(sources).compile().catalog
    }()

    static func entry(_ channel: String, _ flow: String) throws -> CompiledFlow {
        try #require(catalog.entry(channel: channel, flow: flow))
    }
}
