public import FlowEngine

/// Sends text messages through an SMS service over HTTP.
///
/// `POST {endpoint}/messages` with `{"to", "text", "purpose"}` and, for notifications, the
/// header `Idempotency-Key` (the same on every attempt, so the service drops a message sent again
/// after a crash); the service answers `{"status": "accepted"}`.
public struct HTTPSMSGateway: SMSGateway {
    static let provider = "http sms"

    private let client: HTTPJSONClient

    public var kind: ProviderKind { .http }

    public init(client: HTTPJSONClient) {
        self.client = client
    }

    public func send(_ message: SMSMessage) async throws(ProviderError) {
        let headers = message.idempotencyKey.map { ["Idempotency-Key": $0] } ?? [:]
        try await client.post(
            "messages", Body(to: message.to, text: message.text, purpose: message.purpose), answer: Answer.self, provider: Self.provider,
            headers: headers)
    }

    private struct Body: Encodable {
        var to: String
        var text: String
        var purpose: String
    }

    /// `{status: "accepted"}`.
    private struct Answer: HTTPAnswer {
        var status: String

        func outcome() throws(ContractViolation) {
            guard status == "accepted" else { throw .unexpected("status", status, expected: ["accepted"]) }
        }
    }
}
