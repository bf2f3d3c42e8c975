/// Everything one lint run produced: the files it read, the diagnostics it found and the rules
/// that ran. The machine-readable renderers (JSON, GitHub annotations, SARIF) take one of these.
public struct DiagnosticReport: Hashable, Sendable {
    /// The paths that were checked, in the order they were read, including those without findings.
    public var files: [String]
    /// The findings, in the order they are to be shown.
    public var diagnostics: [Diagnostic]
    /// The descriptors of the rules that ran, so SARIF can describe each `ruleId`.
    public var rules: [RuleDescriptor]

    public init(files: [String], diagnostics: [Diagnostic], rules: [RuleDescriptor] = []) {
        self.files = files
        self.diagnostics = diagnostics
        self.rules = rules
    }

    /// How many diagnostics of each severity, and over how many files.
    public var summary: DiagnosticSummary {
        var summary = DiagnosticSummary(errors: 0, warnings: 0, notes: 0, files: paths.count)
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .note: summary.notes += 1
            }
        }
        return summary
    }

    /// Every path the report mentions, once each, in first-mention order: the checked files, then any
    /// other path a diagnostic or a note points at (a file the caller forgot to list was still read).
    var paths: [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        let mentioned = files + diagnostics.flatMap { [$0.path] + $0.notes.map(\.path) }
        for path in mentioned where seen.insert(path).inserted {
            ordered.append(path)
        }
        return ordered
    }
}
