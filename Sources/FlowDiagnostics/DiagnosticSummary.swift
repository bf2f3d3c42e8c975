/// The counts a run ends with: diagnostics per severity and the number of files involved.
public struct DiagnosticSummary: Hashable, Sendable {
    /// Diagnostics of severity `error`; a run with any fails.
    public var errors: Int
    /// Diagnostics of severity `warning`.
    public var warnings: Int
    /// Diagnostics of severity `note`.
    public var notes: Int
    /// Distinct files checked or pointed at by a diagnostic or note.
    public var files: Int

    public init(errors: Int, warnings: Int, notes: Int, files: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
    }
}
