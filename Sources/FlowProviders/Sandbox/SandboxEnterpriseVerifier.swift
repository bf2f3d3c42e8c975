import FlowDiagnostics
public import FlowEngine

/// A sandbox enterprise verifier: plays the real-name service that compares a company with its
/// legal representative, and answers at once. It never contacts any service and never looks at
/// the personal data it is given; it verifies every company whose name does not contain
/// ``SandboxRejection/marker``.
public struct SandboxEnterpriseVerifier: EnterpriseVerifier {
    public var kind: ProviderKind { .sandbox }

    public init() {}

    public func verify(_ request: EnterpriseVerificationRequest) async throws(ProviderError) -> VerificationOutcome {
        SandboxRejection.outcome(
            for: request.companyName,
            subject: LocalizedMessage(en: "company name", zh: "企业名称")
        )
    }
}
