import FlowDiagnostics
public import FlowEngine

/// A sandbox person verifier: plays the phone, bank-card and face checks and answers every one at
/// once, face included (a real face check waits for the applicant; the sandbox never does). It
/// never contacts any service and never looks at the personal data it is given; it verifies every
/// person whose name does not contain ``SandboxRejection/marker``.
public struct SandboxPersonVerifier: PersonVerifier {
    public var kind: ProviderKind { .sandbox }

    public init() {}

    public func verify(_ request: PersonVerificationRequest) async throws(ProviderError) -> VerificationOutcome {
        SandboxRejection.outcome(for: request.name, subject: LocalizedMessage(en: "person name", zh: "姓名"))
    }
}
