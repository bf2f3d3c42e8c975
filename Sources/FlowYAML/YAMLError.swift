public import FlowDiagnostics

/// Why a YAML input was rejected, where, and in which words.
public struct YAMLError: Error, Sendable, Equatable {
    /// The kinds of failure; the raw value is the diagnostic id.
    public enum Kind: String, Sendable, CaseIterable {
        /// libyaml's scanner or parser rejected the text.
        case syntax = "yaml-syntax"
        /// The bytes are not valid UTF-8 text YAML accepts (bad sequences, control characters, NUL).
        case encoding = "yaml-encoding"
        case duplicateKey = "yaml-duplicate-key"
        case undefinedAlias = "yaml-undefined-alias"
        case mergeKey = "yaml-merge-key"
        case complexKey = "yaml-complex-key"
        /// An explicit core-schema tag on a value it cannot describe, such as `!!int abc`.
        case tag = "yaml-tag"
        case limit = "yaml-limit"
    }

    public var kind: Kind
    public var path: String
    public var range: SourceRange
    public var message: LocalizedMessage
    public var notes: [Diagnostic.Note]

    public init(
        kind: Kind,
        path: String,
        range: SourceRange,
        message: LocalizedMessage,
        notes: [Diagnostic.Note] = []
    ) {
        self.kind = kind
        self.path = path
        self.range = range
        self.message = message
        self.notes = notes
    }

    public var location: SourceLocation { range.start }

    /// The error as a diagnostic, for the shared renderers.
    public var diagnostic: Diagnostic {
        Diagnostic(path: path, range: range, severity: .error, id: kind.rawValue, message: message, notes: notes)
    }
}
