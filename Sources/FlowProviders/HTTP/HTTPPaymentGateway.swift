import FlowDomain
public import FlowEngine

/// Creates payments with a real payment service over HTTP.
///
/// `POST {endpoint}/payments` with
/// `{"payment_id", "order_id", "amount_fen", "method": "wechat_pay"|"alipay", "description"}`;
/// the service answers `{"status": "paid"|"pending", "qr_code"?}`, `pending` with the QR code the
/// applicant scans.
public struct HTTPPaymentGateway: PaymentGateway {
    static let provider = "http payment"

    private let client: HTTPJSONClient

    public var kind: ProviderKind { .http }

    public init(client: HTTPJSONClient) {
        self.client = client
    }

    public func create(_ request: PaymentRequest) async throws(ProviderError) -> PaymentCreation {
        let body = Body(
            paymentID: request.paymentID, orderID: request.orderID, amountFen: request.amount.fen,
            method: request.method, description: request.description
        )
        return try await client.post("payments", body, answer: Answer.self, provider: Self.provider)
    }

    private struct Body: Encodable {
        var paymentID: String
        var orderID: String
        var amountFen: Int64
        var method: String
        var description: String
    }

    /// `{status, qr_code?}`.
    private struct Answer: HTTPAnswer {
        var status: String
        var qrCode: String?

        func outcome() throws(ContractViolation) -> PaymentCreation {
            switch status {
            case "paid":
                return .paid
            case "pending":
                guard let qrCode, !qrCode.isEmpty else { throw .missing("qr_code", when: "status \"pending\"") }
                return .pending(qrCode: qrCode)
            default:
                throw .unexpected("status", status, expected: ["paid", "pending"])
            }
        }
    }
}
