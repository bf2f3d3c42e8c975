import FlowDiagnostics
import FlowDomain
import FlowModel
import Foundation
import Testing

/// The shipped Flows/ and Channels/ compiled, as the engine runs them, the shipped Calendars/ and Templates/.
enum ShippedCatalog {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = project.compile().catalog

    /// The shipped working-day calendar (2025 and 2026).
    static let calendar: WorkingCalendar = project.calendar

    /// The shipped notification templates.
    static let templates = NotificationTemplates(project.templates.compactMap(\.model))

    private static let project: Project = {
        var sources: [SourceFile] = []
        for folder in ["Flows", "Channels", "Calendars", "Templates"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = url.appendingPathComponent(name).path
                if case let .success(bytes) = InputFile.read(path, limit: 1 << 22) { sources.append(SourceFile(path: path, bytes: bytes)) }
            }
        }
        return Project.read(sources)
    }()

    static func entry(_ channel: String, _ flow: String) throws -> CompiledFlow {
        try #require(catalog.entry(channel: channel, flow: flow))
    }
}
