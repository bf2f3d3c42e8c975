import FlowDiagnostics
import FlowModel

/// One built-in action's implementation.
protocol ActionPerformer: Sendable {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection>
}
