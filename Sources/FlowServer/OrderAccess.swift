import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore

/// What the API and the web application both do with an order: find it for a channel (another
/// channel's order is "not found", never "forbidden": its existence is not revealed), describe its
/// current step, and turn engine refusals into problems.
struct OrderAccess: Sendable {
    let engine: FlowEngine

    /// The order's current step, when the order belongs to `channel`.
    func current(_ id: String, channel: String) throws -> CurrentStep {
        let current: CurrentStep
        do { current = try engine.currentStep(id) } catch { throw Problem(error) }
        guard current.order.channel == channel else { throw Problem(EngineError.orderNotFound(id)) }
        return current
    }

    /// Material id → the largest file the current step accepts for it, in bytes: enforced while
    /// an upload streams in.
    static func materialLimits(_ current: CurrentStep) -> [String: Int] {
        Dictionary(current.materials.map { ($0.id.value, $0.maxSizeMB.value * 1_048_576) }, uniquingKeysWith: { first, _ in first })
    }

    /// The step as the API shows it, with a confirmation page's summary.
    func payload(_ current: CurrentStep, captcha: CaptchaImage? = nil) throws -> StepPayload {
        StepPayload(current, summary: try summary(current), captcha: captcha)
    }

    /// A confirmation step's read-only lines: the masked answers of the steps it summarises.
    func summary(_ current: CurrentStep) throws -> [MaskedAnswer]? {
        guard current.step.kind.value == .confirmation else { return nil }
        return Self.summary(current, answers: try perform(current.order.id) { () throws(EngineError) in
            try engine.maskedAnswers(current.order.id)
        })
    }

    /// The answers, of all the order's `answers`, that a confirmation step summarises.
    static func summary(_ current: CurrentStep, answers: [MaskedAnswer]) -> [MaskedAnswer]? {
        guard current.step.kind.value == .confirmation else { return nil }
        let summarised = Set(current.step.summary.map(\.value))
        return answers.filter { summarised.contains($0.step) }
    }

    /// Runs the steps that ask nothing (the review submission …) after a request moved the order,
    /// as far as the next question, wait or end. A confirmation page asks for agreement, so it
    /// is never passed on the applicant's behalf.
    func runAutomaticSteps(_ id: String) async throws(EngineError) -> [StepReport] {
        var reports: [StepReport] = []
        if case let .failed(error) = await engine.advance(id, with: AnswersBook(), confirming: true, onStep: { reports.append($0) }) {
            throw error
        }
        return reports
    }

    /// Runs an engine operation on an order; a refusal becomes its problem, with the order as it
    /// stands now when the client must read it again (stale, not allowed).
    func perform<T>(_ id: String?, _ operation: () async throws(EngineError) -> T) async throws -> T {
        do { return try await operation() } catch { throw problem(error, id) }
    }

    func perform<T>(_ id: String?, _ operation: () throws(EngineError) -> T) throws -> T {
        do { return try operation() } catch { throw problem(error, id) }
    }

    private func problem(_ error: EngineError, _ id: String?) -> Problem {
        switch error {
        case .stale, .notAllowed:
            Problem(error, current: id.flatMap { try? engine.currentStep($0) }.map { OrderPayload($0.order) })
        default:
            Problem(error)
        }
    }
}
