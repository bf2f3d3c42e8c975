public import FlowDiagnostics

/// What a verification service answered.
public enum VerificationOutcome: Sendable, Hashable {
    case verified
    /// The data does not match; the applicant corrects it and submits again.
    case rejected(LocalizedMessage)
    /// The answer comes later (face verification by QR code); `reference` identifies it when it does.
    case pending(reference: String)
}
