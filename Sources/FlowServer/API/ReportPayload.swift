import FlowEngine
import FlowModel

/// What a submission did: the step's outcome, its masked answers and warnings, the actions that
/// ran (with the provider kind, `sandbox` included) and where the order is now.
public struct ReportPayload: Sendable, Codable, Equatable {
    public struct Warning: Sendable, Codable, Equatable {
        public var field: String
        public var message: LocalizedTextPayload
    }

    public struct Action: Sendable, Codable, Equatable {
        public var step: String
        public var name: String
        public var detail: [String: String]
    }

    public var order: OrderPayload
    public var step: String
    /// `completed` or `waiting`.
    public var outcome: String
    public var wait: String?
    public var answers: [StepPayload.SummaryLine]
    public var warnings: [Warning]
    public var actions: [Action]
    public var captchaSVG: String?

    init(_ report: StepReport, order: OrderPayload) {
        self.order = order
        step = report.step
        switch report.outcome {
        case .completed:
            outcome = "completed"
        case let .waiting(wait):
            outcome = "waiting"
            self.wait = wait.rawValue
        }
        answers = report.answers.map(StepPayload.SummaryLine.init)
        warnings = report.warnings.map { Warning(field: $0.field, message: LocalizedTextPayload($0.message)) }
        actions = report.actions.map { Action(step: $0.step, name: $0.name, detail: $0.detail) }
        captchaSVG = report.captcha?.svg
    }
}
