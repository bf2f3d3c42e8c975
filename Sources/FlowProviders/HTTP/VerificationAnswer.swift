import FlowDiagnostics
import FlowDomain
import FlowEngine

/// `{result: "verified"|"rejected"|"pending", reference?, reason_en?, reason_zh?}`: the answer
/// of both verification services.
struct VerificationAnswer: HTTPAnswer {
    var result: String
    var reference: String?
    var reasonEn: String?
    var reasonZh: String?

    func outcome() throws(ContractViolation) -> VerificationOutcome {
        switch result {
        case "verified":
            return .verified
        case "rejected":
            // A service may give its reason in one language only; both are shown the same one.
            // The reason is the service's free text: it may echo the data it was sent.
            let en = Masking.identifiers(in: reasonEn ?? reasonZh ?? "the service rejected the data without giving a reason")
            let zh = Masking.identifiers(in: reasonZh ?? reasonEn ?? "核验服务拒绝了这些信息，但没有说明原因")
            return .rejected(LocalizedMessage(en: en, zh: zh))
        case "pending":
            guard let reference, !reference.isEmpty else {
                throw .missing("reference", when: "result \"pending\"")
            }
            return .pending(reference: reference)
        default:
            throw .unexpected("result", result, expected: ["pending", "rejected", "verified"])
        }
    }
}
