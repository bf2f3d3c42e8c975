public import FlowDiagnostics

/// A problem found while applying a channel to a flow. The linter turns each kind into one rule.
public struct CompileIssue: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The channel enables a flow that does not exist.
        case unknownFlow = "unknown-flow"
        /// The channel changes a step, field, material, option, product or setting the flow lacks.
        case unknownTarget = "overlay-unknown-target"
        /// A channel's setting value does not fit the setting's type or values.
        case settingValue = "setting-value"
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
