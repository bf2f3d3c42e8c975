public import FlowDiagnostics
public import FlowModel

/// What every rule sees: the project as read, its compiled catalog, and shared analyses computed
/// once per run.
public final class LintContext: Sendable {
    public let project: Project
    public let catalog: Catalog
    public let compileIssues: [CompileIssue]
    /// One analysis per flow that decoded, in file order.
    public let flowAnalyses: [FlowAnalysis]
    /// One analysis per compiled (channel, flow) pair.
    public let compiledAnalyses: [FlowAnalysis]

    public init(project: Project) {
        self.project = project
        let (catalog, issues) = project.compile()
        self.catalog = catalog
        self.compileIssues = issues
        self.flowAnalyses = project.flows.compactMap { $0.model.map { FlowAnalysis(flow: $0, settings: $0.settings.map(\.id.value)) } }
        self.compiledAnalyses = catalog.entries.map { FlowAnalysis(flow: $0.flow, settings: $0.settings.map(\.id), compiled: $0) }
    }

    /// Every flow that decoded.
    public var flows: [Flow] { project.flows.compactMap(\.model) }

    /// Every channel that decoded.
    public var channels: [Channel] { project.channels.compactMap(\.model) }

    /// The schema issues of every file.
    public var schemaIssues: [SchemaIssue] {
        project.flows.flatMap(\.schemaIssues) + project.channels.flatMap(\.schemaIssues)
    }
}
