import FlowEngine

/// What a refused submission leaves for the page shown again: the values typed (codes and
/// passwords left out), the wrong fields with their messages, or the reason it was refused.
struct WebAttempt {
    /// Form name → the text typed.
    var typed: [String: String] = [:]
    var errors: [FieldError] = []
    var refusal: Refusal?
}
