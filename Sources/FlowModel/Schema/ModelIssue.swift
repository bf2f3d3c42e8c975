public import FlowDiagnostics

/// A problem found while reading or compiling files, of one family of kinds; the linter turns each
/// kind into the diagnostics of one rule.
public struct ModelIssue<IssueKind: RawRepresentable & Sendable & Hashable>: Sendable, Hashable where IssueKind.RawValue == String {
    public typealias Kind = IssueKind

    public var kind: Kind
    public var path: String
    public var range: SourceRange
    public var message: LocalizedMessage

    public init(kind: Kind, path: String, range: SourceRange, message: LocalizedMessage) {
        self.kind = kind
        self.path = path
        self.range = range
        self.message = message
    }
}
