import FlowDiagnostics
import FlowLint
import FlowModel

/// The project's files read, linted and compiled; refused when they have lint errors, so an order
/// never pins a broken definition and an operator tool never shows one.
enum CatalogLoader {
    /// The project under `project` (its `Flows/`, `Channels/`, `Calendars/` and `Templates/`), linted
    /// without errors; the engine takes its calendars and templates from it (``EngineSetup``), so
    /// every file is read once.
    static func context(project: String) throws(CommandFailure) -> LintContext {
        let sources = ProjectSources.read(ProjectSources.defaultPaths(in: project))
        if let (path, message) = sources.unreadable.first {
            throw CommandFailure(.usage, LocalizedMessage(en: "\(path): \(message.en)", zh: "\(path)：\(message.zh)"))
        }
        let context = LintContext(project: Project.read(sources.sources))
        let errors = (sources.oversized + Linter().lint(context)).filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw CommandFailure(.inputErrors, LocalizedMessage(
                en: "the flow and channel files have \(errors.count) errors; run `channelflow lint`",
                zh: "流程与渠道文件中有 \(errors.count) 个错误，请运行 channelflow lint"))
        }
        return context
    }

    /// The compiled (channel, flow) of the project under `project`.
    static func entry(channel: String, flow: String, project: String) throws(CommandFailure) -> CompiledFlow {
        try entry(channel: channel, flow: flow, in: try context(project: project).catalog)
    }

    /// The compiled (channel, flow) of `catalog`.
    static func entry(channel: String, flow: String, in catalog: Catalog) throws(CommandFailure) -> CompiledFlow {
        guard let entry = catalog.entry(channel: channel, flow: flow) else {
            let pairs = catalog.entries.map { "\($0.channel.id)/\($0.flow.id.value)" }.joined(separator: ", ")
            throw CommandFailure(.usage, LocalizedMessage(
                en: "channel \(channel) offers no flow \(flow); available: \(pairs)",
                zh: "渠道 \(channel) 不提供流程 \(flow)；可选：\(pairs)"))
        }
        return entry
    }
}
