import FlowDiagnostics
public import FlowModel
public import FlowStore

/// What happened to one step, for people (masked) and for `--json`.
public struct StepReport: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case completed
        /// The order waits at this step for the outside world.
        case waiting(WaitState)
    }

    public var order: String
    public var step: String
    public var title: LocalizedText
    public var outcome: Outcome
    /// Label and masked value of each answer given on the step.
    public var answers: [MaskedAnswer]
    /// Accepted answers that deserve a second look (a domain validator's warning).
    public var warnings: [FieldError]
    /// Each action that ran, with masked facts and the provider kind (`sandbox` …).
    public var actions: [ActionSummary]
    /// Where the order is now.
    public var next: String?
    public var status: OrderStatus
    /// The random code the next step asks for, when it has one.
    public var captcha: CaptchaImage?
}

public struct MaskedAnswer: Sendable, Hashable {
    /// The step that asked it.
    public var step: String
    public var field: String
    public var label: LocalizedText
    public var value: String
}

public struct ActionSummary: Sendable, Hashable {
    /// The step the action ran for (the next step's entry actions run in the same commit).
    public var step: String
    public var name: String
    public var detail: [String: String]
}
