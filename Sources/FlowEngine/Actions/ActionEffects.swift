import FlowDiagnostics
import FlowModel
import FlowStore

/// What an action did: its outputs, and the rows the step's commit must write with them.
struct ActionEffects: Sendable {
    var outputs: [String: OrderValue] = [:]
    /// Set when the order must wait for the outside world before the step completes.
    var wait: WaitState?
    var codes: [OneTimeCodeRecord] = []
    var payments: [PaymentRecord] = []
    var outbox: [OutboxRecord] = []
    var materialBlobs: [MaterialBlobRecord] = []
    var orderMaterials: [OrderMaterialRecord] = []
    /// Masked facts for the event log (`{"provider": "sandbox", "result": "verified"}`).
    var detail: [String: String] = [:]
    /// A certificate issued in this step, for a `write_certificate` that follows.
    var issued: IssuedCertificate?
    /// Events of their own besides the action's (a decision taken by a rule), kind → masked detail.
    var events: [(kind: String, detail: [String: String])] = []
}

/// Why an action said no. `effects` still commit (a wrong SMS code counts even though the step fails).
struct ActionRejection: Error, Sendable {
    var message: LocalizedMessage
    var effects: ActionEffects
}
