public import FlowDiagnostics
public import FlowYAML

/// One flow, channel or calendar file as read: its source, its YAML root, and what went wrong reading it.
public struct ProjectFile<Model: Sendable>: Sendable {
    public var source: SourceFile
    /// The first document's root; nil when the file is empty or failed to load.
    public var root: YAMLNode?
    /// The loader's error, if the file is not YAML the loader accepts.
    public var yamlError: YAMLError?
    public var schemaIssues: [SchemaIssue]
    /// The typed model; nil when the file could not be read as one.
    public var model: Model?

    public init(source: SourceFile, root: YAMLNode?, yamlError: YAMLError?, schemaIssues: [SchemaIssue], model: Model?) {
        self.source = source
        self.root = root
        self.yamlError = yamlError
        self.schemaIssues = schemaIssues
        self.model = model
    }
}

/// Whether a file holds a flow, a channel, a year of the working-day calendar or a notification template.
public enum ProjectFileKind: String, Sendable {
    case flow
    case channel
    case calendar
    case template

    /// Decided by the top-level key the file starts with (`flow:`, `channel:`, `template:`, or a
    /// calendar's `schema:`), else by its folder (`Channels/`, `Calendars/`, `Templates/`; a flow
    /// otherwise).
    public static func of(root: YAMLNode?, path: String) -> ProjectFileKind {
        if let first = root?.mapping?.first?.key.string {
            if first == "channel" { return .channel }
            if first == "flow" { return .flow }
            if first == "schema" { return .calendar }
            if first == "template" { return .template }
        }
        let folders = path.split(separator: "/")
        if folders.contains("Channels") { return .channel }
        if folders.contains("Templates") { return .template }
        return folders.contains("Calendars") ? .calendar : .flow
    }
}
