import FlowDiagnostics
public import FlowDomain
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
    /// Every expression of the flows (and of channels' review rules), parsed and checked once.
    let expressionChecks: [CheckedExpression]
    /// Every flow that decoded, in file order.
    public let flows: [Flow]
    /// Every channel that decoded, in file order.
    public let channels: [Channel]
    /// The first flow with each id, as written (before any channel changed it).
    let flowsByID: [String: Flow]
    /// The day the review deadlines that the calendar must cover start from.
    public let today: CivilDate

    public init(project: Project, today: CivilDate = .todayInShanghai()) {
        self.project = project
        self.today = today
        flows = project.flows.compactMap(\.model)
        channels = project.channels.compactMap(\.model)
        flowsByID = Dictionary(flows.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let (catalog, issues) = project.compile()
        self.catalog = catalog
        self.compileIssues = issues
        let flowAnalyses = project.flows.compactMap { $0.model.map { FlowAnalysis(flow: $0, settings: $0.settings.map(\.id.value)) } }
        self.flowAnalyses = flowAnalyses
        self.compiledAnalyses = catalog.entries.map { FlowAnalysis(flow: $0.flow, settings: $0.settings.map(\.id), compiled: $0) }
        self.expressionChecks = ExpressionChecks.check(flowAnalyses, channels: channels)
    }

    /// The schema issues of every file.
    public var schemaIssues: [SchemaIssue] {
        project.schemaIssues
    }
}
