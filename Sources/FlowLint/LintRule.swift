public import FlowDiagnostics
public import FlowDomain

/// A check of flow and channel files: an id, a bilingual summary, a default severity, examples that
/// are both its documentation and its tests, and one `check`.
public protocol LintRule: Sendable {
    /// Kebab-case, unique, stable: used by `--select`, `--ignore`, suppression comments and `explain`.
    var id: String { get }
    var summary: LocalizedMessage { get }
    var severity: Severity { get }
    /// Files that pass and files that fail, with `↓` marking where each diagnostic must point.
    var examples: [RuleExample] { get }
    /// Every problem this rule finds in the project.
    func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
    /// The rule as the renderers describe it.
    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, summary: summary, severity: severity)
    }

    /// A diagnostic of this rule at a located value.
    func diagnostic(at path: String, _ range: SourceRange, _ message: LocalizedMessage, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(path: path, range: range, severity: severity, id: id, message: message, notes: notes)
    }
}

/// A file set a rule's example runs on, and whether the rule must stay silent on it.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable, Equatable {
        /// The rule reports nothing.
        case passes
        /// The rule reports exactly at the `↓` marks.
        case fails
    }

    /// Relative path → text. A flow-only example gets no channel; a channel example that names
    /// no flow file runs against `RuleExample.baseFlow` as `Flows/demo.yaml`.
    public var files: [(path: String, text: String)]
    public var expectation: Expectation
    /// The day the example is linted on, for rules that look at today's date; nil for the others.
    public var today: CivilDate?

    public init(_ expectation: Expectation, files: [(path: String, text: String)], today: CivilDate? = nil) {
        self.expectation = expectation
        self.files = files
        self.today = today
    }

    /// An example of a single flow file.
    public static func flow(_ expectation: Expectation, _ text: String) -> RuleExample {
        RuleExample(expectation, files: [("Flows/demo.yaml", text)])
    }

    /// An example flow made of `steps` (YAML list items) under a fixed minimal header, so examples
    /// show only what they are about.
    public static func steps(_ expectation: Expectation, _ steps: String) -> RuleExample {
        flow(expectation, stepsHeader + steps)
    }

    /// The header `steps(_:_:)` puts above its steps.
    public static let stepsHeader = """
    flow: demo
    title: {zh: 示例, en: Demo}
    category: application
    media: [ukey]
    guard: {open-order: none}
    steps:

    """

    /// An example of a single channel file, against the base flow.
    public static func channel(_ expectation: Expectation, _ text: String) -> RuleExample {
        RuleExample(expectation, files: [("Flows/demo.yaml", baseFlow), ("Channels/demo_channel.yaml", text)])
    }
}
