/// Why a headless run stopped.
public enum RunStop: Sendable {
    case completed
    case waiting(step: String, wait: String)
    /// The answers file has nothing for this step.
    case needsAnswers(step: String)
    case failed(EngineError)
}
