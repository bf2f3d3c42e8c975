/// A use of a built-in action in a step: `{run: verify_enterprise, with: {uscc: uscc, …}}`.
public struct ActionCall: Sendable, Hashable, Codable {
    public var name: Located<String>
    /// Argument name → expression.
    public var arguments: [ActionArgument]
    public var timing: Located<ActionTiming>
    public var when: Located<String>?

    public init(name: Located<String>, arguments: [ActionArgument] = [], timing: Located<ActionTiming>, when: Located<String>? = nil) {
        self.name = name
        self.arguments = arguments
        self.timing = timing
        self.when = when
    }
}

/// One argument of an action call.
public struct ActionArgument: Sendable, Hashable, Codable {
    public var name: Located<String>
    public var expression: Located<String>

    public init(name: Located<String>, expression: Located<String>) {
        self.name = name
        self.expression = expression
    }
}
