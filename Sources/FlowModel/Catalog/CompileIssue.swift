/// A problem found while applying a channel to a flow.
public typealias CompileIssue = ModelIssue<CompileIssueKind>

/// The kinds of compile issues; the raw value is the rule id.
public enum CompileIssueKind: String, Sendable, CaseIterable {
    /// The channel enables a flow that does not exist.
    case unknownFlow = "unknown-flow"
    /// The channel changes a step, field, material, option, product or setting the flow lacks.
    case unknownTarget = "overlay-unknown-target"
    /// A channel's setting value does not fit the setting's type or values.
    case settingValue = "setting-value"
}
