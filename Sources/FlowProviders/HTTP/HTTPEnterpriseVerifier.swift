public import FlowEngine

/// Checks an enterprise with a real verification service over HTTP.
///
/// `POST {endpoint}/enterprise/verify` with
/// `{"company_name", "uscc", "legal_rep_name", "legal_rep_id", "legal_rep_mobile"}`; the service
/// answers `{"result": "verified"|"rejected", "reason_en"?, "reason_zh"?}` (`"pending"` with a
/// `"reference"` is understood too, as for persons).
public struct HTTPEnterpriseVerifier: EnterpriseVerifier {
    static let provider = "http enterprise"

    private let client: HTTPJSONClient

    public var kind: ProviderKind { .http }

    public init(client: HTTPJSONClient) {
        self.client = client
    }

    public func verify(_ request: EnterpriseVerificationRequest) async throws(ProviderError) -> VerificationOutcome {
        let body = Body(
            companyName: request.companyName, uscc: request.uscc, legalRepName: request.legalRepName,
            legalRepID: request.legalRepID, legalRepMobile: request.legalRepMobile
        )
        return try await client.post("enterprise/verify", body, answer: VerificationAnswer.self, provider: Self.provider)
    }

    private struct Body: Encodable {
        var companyName: String
        var uscc: String
        var legalRepName: String
        var legalRepID: String
        var legalRepMobile: String
    }
}
