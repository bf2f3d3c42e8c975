/// A way a file does not fit its schema, found while reading it.
public typealias SchemaIssue = ModelIssue<SchemaIssueKind>

/// The kinds of schema issues; the raw value is the rule id.
public enum SchemaIssueKind: String, Sendable, CaseIterable {
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case missingTranslation = "missing-translation"
}
