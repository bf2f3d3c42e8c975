extension DiagnosticRenderer {
    /// The JSON document of a whole run: a format version, every diagnostic in the form
    /// `json(_: Diagnostic)` gives (messages in both languages) and the summary counts.
    ///
    /// `version` changes only when a consumer would have to change; adding members does not bump it.
    public static func json(_ report: DiagnosticReport) -> JSONValue {
        let summary = report.summary
        return .object([
            ("version", .integer(1)),
            ("diagnostics", .array(report.diagnostics.map { json($0) })),
            ("summary", .object([
                ("errors", .integer(summary.errors)),
                ("warnings", .integer(summary.warnings)),
                ("notes", .integer(summary.notes)),
                ("files", .integer(summary.files)),
            ])),
        ])
    }
}
