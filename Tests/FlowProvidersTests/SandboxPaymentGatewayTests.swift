import FlowDomain
import FlowEngine
import FlowProviders
import Testing

struct SandboxPaymentGatewayTests {
    @Test func everyPaymentIsPaidAtOnce() async throws {
        let request = PaymentRequest(
            paymentID: "pay-1", orderID: "order-1", amount: Money(fen: 30_000), method: "wechat_pay", description: "新办证书"
        )
        let gateway = SandboxPaymentGateway()
        #expect(try await gateway.create(request) == .paid)
        #expect(gateway.kind == .sandbox)
    }
}
