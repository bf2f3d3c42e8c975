import FlowDiagnostics
import FlowEngine

/// How tests and demos drive a sandbox verifier down its failure path: a company or person name
/// that contains ``marker`` is rejected, any other name is verified.
public enum SandboxRejection {
    /// `SANDBOX-REJECT`.
    public static let marker = "SANDBOX-REJECT"

    /// `.rejected` with the sandbox's bilingual reason when `name` contains the marker, else
    /// `.verified`. `subject` names what was checked, in both languages.
    static func outcome(for name: String, subject: LocalizedMessage) -> VerificationOutcome {
        guard name.contains(marker) else { return .verified }
        return .rejected(LocalizedMessage(
            en: "the sandbox rejects every \(subject.en) that contains \(marker)",
            zh: "沙箱拒绝所有包含 \(marker) 的\(subject.zh)"
        ))
    }
}
