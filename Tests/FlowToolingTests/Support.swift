import FlowDiagnostics
import FlowModel
import Foundation
import Testing

/// Projects for the tooling tests: the shipped Flows/ and Channels/, or files written in a test.
enum TestProject {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    /// Every shipped flow and channel file.
    static let shippedSources: [SourceFile] = ["Flows", "Channels"].flatMap { folder -> [SourceFile] in
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { name in
            (try? Data(contentsOf: url.appendingPathComponent(name))).map { SourceFile(path: "\(folder)/\(name)", bytes: Array($0)) }
        }
    }

    static let shipped = Project.read(shippedSources)

    static func shippedEntry(_ channel: String, _ flow: String) throws -> CompiledFlow {
        try #require(shipped.compile().catalog.entry(channel: channel, flow: flow))
    }

    /// Compiles the shipped files with some of them replaced by (path, text); no compile issues.
    static func entry(_ channel: String, _ flow: String, replacing files: [(String, String)]) throws -> CompiledFlow {
        let replaced = Dictionary(files, uniquingKeysWith: { _, last in last })
        let sources = shippedSources.map { source in
            replaced[source.path].map { SourceFile(path: source.path, bytes: Array($0.utf8)) } ?? source
        }
        let (catalog, issues) = Project.read(sources).compile()
        #expect(issues.isEmpty, "\(issues.map(\.message.en))")
        return try #require(catalog.entry(channel: channel, flow: flow))
    }

    /// The shipped file `path` with `old` replaced by `new` (once, and it must be there).
    static func shippedText(_ path: String, replacing replacements: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        for (old, new) in replacements {
            let range = try #require(text.range(of: old), "\(path) has no \(old)")
            text.replaceSubrange(range, with: new)
        }
        return text
    }
}
