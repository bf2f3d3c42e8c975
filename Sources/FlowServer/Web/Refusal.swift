import FlowDiagnostics

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
