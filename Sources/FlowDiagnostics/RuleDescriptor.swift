/// What a lint rule is, independent of any one finding: its id, a bilingual summary, its default
/// severity and where to read more. Machine-readable outputs (SARIF) describe each rule that ran.
public struct RuleDescriptor: Hashable, Sendable {
    /// The stable kebab-case identifier that diagnostics of this rule carry, such as `flow-unknown-step`.
    public var id: String
    /// One sentence saying what the rule checks.
    public var summary: LocalizedMessage
    /// The severity the rule reports at unless configured otherwise.
    public var severity: Severity
    /// A longer explanation: why the rule exists and how to fix what it finds.
    public var helpText: LocalizedMessage?
    /// An absolute URI of the rule's documentation.
    public var helpURI: String?

    public init(
        id: String,
        summary: LocalizedMessage,
        severity: Severity,
        helpText: LocalizedMessage? = nil,
        helpURI: String? = nil
    ) {
        self.id = id
        self.summary = summary
        self.severity = severity
        self.helpText = helpText
        self.helpURI = helpURI
    }
}
