public import FlowDiagnostics
public import FlowExpressions

/// What a built-in action takes and produces, so the linter checks every use without the engine.
public struct ActionSignature: Sendable {
    /// One argument: its name, type, and whether it may be left out.
    public struct Argument: Sendable {
        public var name: String
        public var type: ExpressionType
        public var optional: Bool

        public init(_ name: String, _ type: ExpressionType, optional: Bool = false) {
            self.name = name
            self.type = type
            self.optional = optional
        }
    }

    /// A value the action produces, referable in expressions by its dotted path (`price.amount`).
    public struct Output: Sendable {
        public var path: String
        public var type: ExpressionType

        public init(_ path: String, _ type: ExpressionType) {
            self.path = path
            self.type = type
        }
    }

    public var name: String
    public var summary: LocalizedMessage
    public var arguments: [Argument]
    public var outputs: [Output]
    /// What the order waits for after the action, if anything.
    public var wait: WaitState?
    /// The flow categories the action belongs in; empty means any.
    public var stepKinds: Set<StepKind>

    public init(
        _ name: String, _ summary: LocalizedMessage, arguments: [Argument] = [], outputs: [Output] = [],
        wait: WaitState? = nil, stepKinds: Set<StepKind> = []
    ) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.outputs = outputs
        self.wait = wait
        self.stepKinds = stepKinds
    }

    /// The argument called `name`.
    public func argument(_ name: String) -> Argument? {
        arguments.first { $0.name == name }
    }
}
