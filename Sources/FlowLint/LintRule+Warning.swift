import FlowDiagnostics

extension LintRule {
    /// A diagnostic of this rule at warning severity, for a rule whose milder findings are not errors.
    func warningDiagnostic(at path: String, _ range: SourceRange, _ message: LocalizedMessage) -> Diagnostic {
        Diagnostic(path: path, range: range, severity: .warning, id: id, message: message)
    }
}
