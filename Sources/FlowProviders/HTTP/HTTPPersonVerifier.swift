public import FlowEngine

/// Checks a person with a real verification service over HTTP.
///
/// `POST {endpoint}/person/verify` with
/// `{"method": "phone"|"bank_card"|"face", "name", "id_number", "mobile"?, "bank_card"?}`; the
/// service answers `{"result": "verified"|"rejected"|"pending", "reference"?, "reason_en"?,
/// "reason_zh"?}`. `pending` (a face check the applicant finishes on a phone) needs a
/// `reference`, which the later confirmation names.
public struct HTTPPersonVerifier: PersonVerifier {
    static let provider = "http person"

    private let client: HTTPJSONClient

    public var kind: ProviderKind { .http }

    public init(client: HTTPJSONClient) {
        self.client = client
    }

    public func verify(_ request: PersonVerificationRequest) async throws(ProviderError) -> VerificationOutcome {
        let body = Body(
            method: request.method.rawValue, name: request.name, idNumber: request.idNumber,
            mobile: request.mobile, bankCard: request.bankCard
        )
        return try await client.post("person/verify", body, answer: VerificationAnswer.self, provider: Self.provider)
    }

    private struct Body: Encodable {
        var method: String
        var name: String
        var idNumber: String
        var mobile: String?
        var bankCard: String?
    }
}
