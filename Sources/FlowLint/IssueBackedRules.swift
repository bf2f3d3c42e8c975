import FlowDiagnostics
import FlowModel

/// The rules whose findings come from checking files against their schema; each reports one kind.
protocol SchemaRule: LintRule {
    var issueKind: SchemaIssue.Kind { get }
}

extension SchemaRule {
    var id: String { issueKind.rawValue }

    func check(_ context: LintContext) -> [Diagnostic] {
        context.schemaIssues.filter { $0.kind == issueKind }.map { diagnostic(at: $0.path, $0.range, $0.message) }
    }
}

/// The rules whose findings come from compiling channels against flows; each reports one kind.
protocol CompileRule: LintRule {
    var issueKind: CompileIssue.Kind { get }
}

extension CompileRule {
    var id: String { issueKind.rawValue }

    func check(_ context: LintContext) -> [Diagnostic] {
        context.compileIssues.filter { $0.kind == issueKind }.map { diagnostic(at: $0.path, $0.range, $0.message) }
    }
}

/// The rules whose findings come from checking calendar files; each reports one kind.
protocol CalendarRule: LintRule {
    var issueKind: CalendarIssue.Kind { get }
}

extension CalendarRule {
    var id: String { issueKind.rawValue }

    func check(_ context: LintContext) -> [Diagnostic] {
        CalendarChecks.issues(context.project.calendars).filter { $0.kind == issueKind }.map { diagnostic(at: $0.path, $0.range, $0.message) }
    }
}

/// The rules whose findings come from checking notification templates; each reports one kind.
protocol TemplateRule: LintRule {
    var issueKind: TemplateIssue.Kind { get }
}

extension TemplateRule {
    var id: String { issueKind.rawValue }

    func check(_ context: LintContext) -> [Diagnostic] {
        TemplateChecks.issues(context.project.templates).filter { $0.kind == issueKind }.map { diagnostic(at: $0.path, $0.range, $0.message) }
    }
}
