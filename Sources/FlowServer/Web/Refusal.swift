import FlowDiagnostics

/// Why the engine refused a submission or an operation, in both languages, with the order that
/// holds the subject when another open order is the reason.
struct Refusal {
    var message: LocalizedTextPayload
    var existingOrder: String?

    init(_ message: LocalizedMessage, existingOrder: String? = nil) {
        self.message = LocalizedTextPayload(message)
        self.existingOrder = existingOrder
    }
}
