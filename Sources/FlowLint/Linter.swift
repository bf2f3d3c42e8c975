public import FlowDiagnostics
public import FlowModel
public import FlowDomain
import FlowYAML

/// Runs the rules over a project and returns every diagnostic, sorted by file and position.
public struct Linter: Sendable {
    public var rules: [any LintRule]
    public var options: LintOptions

    public init(rules: [any LintRule] = LintRules.all, options: LintOptions = LintOptions()) {
        self.rules = rules
        self.options = options
    }

    /// The rules that run under the options' `--select` and `--ignore`.
    public var activeRules: [any LintRule] {
        rules.filter { options.isEnabled($0.id) }
    }

    /// Lints sources: reads them into a project, runs every active rule, drops suppressed diagnostics.
    public func lint(_ sources: [SourceFile]) -> [Diagnostic] {
        lint(Project.read(sources))
    }

    /// Lints a project already read.
    public func lint(_ project: Project) -> [Diagnostic] {
        lint(LintContext(project: project, today: options.today))
    }

    /// Lints a project whose context is already built (its catalog compiled), for callers that
    /// need the catalog too.
    public func lint(_ context: LintContext) -> [Diagnostic] {
        let project = context.project
        var diagnostics = project.yamlErrors.map(\.diagnostic)
        for rule in activeRules {
            diagnostics += rule.check(context)
        }
        let suppressions = Suppressions(sources: project.sources)
        return Self.sorted(Array(Set(diagnostics)).filter { !suppressions.suppresses($0) })
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.path, $0.range.start.line, $0.range.start.column, $0.id, $0.message.en)
                < ($1.path, $1.range.start.line, $1.range.start.column, $1.id, $1.message.en)
        }
    }
}

/// Which rules run.
public struct LintOptions: Sendable {
    /// When not empty, only these rules run.
    public var select: Set<String>
    /// These rules never run.
    public var ignore: Set<String>
    /// The day review deadlines start from, for the check that the calendar covers them.
    public var today: CivilDate

    public init(select: Set<String> = [], ignore: Set<String> = [], today: CivilDate = .todayInShanghai()) {
        self.select = select
        self.ignore = ignore
        self.today = today
    }

    public func isEnabled(_ id: String) -> Bool {
        (select.isEmpty || select.contains(id)) && !ignore.contains(id)
    }
}
