import FlowDiagnostics
import Foundation

/// The repository's shipped files, found from this file so tests need nothing outside the repository.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every shipped flow, channel and calendar file, with paths relative to the repository.
    static func shippedSources() throws -> [SourceFile] {
        var sources: [SourceFile] = []
        for folder in ["Flows", "Channels", "Calendars"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                sources.append(SourceFile(path: "\(folder)/\(name)", text: try text("\(folder)/\(name)")))
            }
        }
        return sources
    }
}
