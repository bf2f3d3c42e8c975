public import FlowDiagnostics

/// A way a file does not fit its schema, found while reading it. The linter turns each kind into
/// the diagnostics of one rule.
public struct SchemaIssue: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case unknownKey = "unknown-key"
        case missingKey = "missing-key"
        case wrongType = "wrong-type"
        case invalidValue = "invalid-value"
        case missingTranslation = "missing-translation"
    }

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
