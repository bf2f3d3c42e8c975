/// One problem found in an input file, with its position and a bilingual message.
public struct Diagnostic: Hashable, Sendable {
    /// Where the problem is; `range.start` is what `path:line:col` names.
    public var path: String
    public var range: SourceRange
    public var severity: Severity
    /// A stable kebab-case identifier such as `yaml-duplicate-key`.
    public var id: String
    public var message: LocalizedMessage
    /// Further positioned remarks, such as where a duplicated key first appeared.
    public var notes: [Note]

    public struct Note: Hashable, Sendable {
        public var path: String
        public var location: SourceLocation
        public var message: LocalizedMessage

        public init(path: String, location: SourceLocation, message: LocalizedMessage) {
            self.path = path
            self.location = location
            self.message = message
        }
    }

    public init(
        path: String,
        range: SourceRange,
        severity: Severity,
        id: String,
        message: LocalizedMessage,
        notes: [Note] = []
    ) {
        self.path = path
        self.range = range
        self.severity = severity
        self.id = id
        self.message = message
        self.notes = notes
    }

    public var location: SourceLocation { range.start }
}
