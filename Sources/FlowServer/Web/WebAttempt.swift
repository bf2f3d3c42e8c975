import FlowDiagnostics
import FlowEngine

/// What a refused submission leaves for the page shown again: the values typed (codes and
/// passwords left out), the wrong fields with their messages, or the reason it was refused.
struct WebAttempt {
    /// Form name → the text typed.
    var typed: [String: String] = [:]
    var errors: [FieldError] = []
    var refusal: Refusal?
}

/// Why the engine refused a submission or an operation, in both languages, with the order that
/// holds the subject when another open order is the reason.
struct Refusal {
    var message: MessagePayload
    var existingOrder: String?

    init(_ message: LocalizedMessage, existingOrder: String? = nil) {
        self.message = MessagePayload(message)
        self.existingOrder = existingOrder
    }
}
