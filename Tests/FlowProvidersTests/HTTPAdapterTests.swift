import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowProviders
import Foundation
import Testing

struct HTTPAdapterTests {
    private let enterprise = EnterpriseVerificationRequest(
        companyName: "示例科技有限公司", uscc: "91350100M000100Y43", legalRepName: "张三",
        legalRepID: "110101199003070011", legalRepMobile: "13812345678"
    )
    private let face = PersonVerificationRequest(method: .face, name: "张三", idNumber: "110101199003070011")
    private let payment = PaymentRequest(
        paymentID: "pay-1", orderID: "ord-1", amount: Money(fen: 30_000), method: "wechat_pay", description: "新办证书"
    )

    /// A server answering `path` under `/api` with `response`, and a client for it.
    private func service(
        _ path: String, _ response: TestHTTPServer.Response, timeout: Int = 5, token: String? = nil
    ) throws -> (TestHTTPServer, HTTPJSONClient) {
        let server = try TestHTTPServer(routes: ["/api/\(path)": response])
        return (server, HTTPJSONClient(endpoint: server.url("/api"), timeoutSeconds: timeout, bearerToken: token))
    }

    @Test func enterpriseVerifiedWithTheContractBodyAndTheBearerToken() async throws {
        let (server, client) = try service("enterprise/verify", .init(body: #"{"result": "verified"}"#), token: "s3cret")
        defer { server.stop() }
        #expect(try await HTTPEnterpriseVerifier(client: client).verify(enterprise) == .verified)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.headers["authorization"] == "Bearer s3cret")
        #expect(request.headers["content-type"] == "application/json")
        #expect(try request.json == [
            "company_name": "示例科技有限公司", "uscc": "91350100M000100Y43", "legal_rep_name": "张三",
            "legal_rep_id": "110101199003070011", "legal_rep_mobile": "13812345678",
        ])
    }

    @Test func smsCarriesTheIdempotencyKeyAndA4xxIsPermanentA5xxNot() async throws {
        let (server, client) = try service("messages", .init(body: #"{"status": "accepted"}"#))
        defer { server.stop() }
        let message = SMSMessage(to: "13912345678", text: "订单已审核通过", purpose: "notification:approved", idempotencyKey: "CF1:approved:sms:ab")
        try await HTTPSMSGateway(client: client).send(message)
        let request = try #require(server.requests.first)
        #expect(request.headers["idempotency-key"] == "CF1:approved:sms:ab")
        #expect(try request.json == ["to": "13912345678", "text": "订单已审核通过", "purpose": "notification:approved"])
        for (status, permanent) in [(422, true), (429, false), (503, false)] {
            let (refusing, refusingClient) = try service("messages", .init(status: status, body: "{}"))
            defer { refusing.stop() }
            do throws(ProviderError) {
                try await HTTPSMSGateway(client: refusingClient).send(message)
                Issue.record("HTTP \(status) was accepted")
            } catch {
                #expect(error.permanent == permanent, "HTTP \(status)")
            }
        }
    }

    @Test func noTokenNoAuthorizationHeader() async throws {
        let (server, client) = try service("enterprise/verify", .init(body: #"{"result": "verified"}"#))
        defer { server.stop() }
        _ = try await HTTPEnterpriseVerifier(client: client).verify(enterprise)
        #expect(server.requests.first?.headers["authorization"] == nil)
    }

    @Test func rejectedCarriesTheServiceReasons() async throws {
        let body = #"{"result": "rejected", "reason_en": "name does not match", "reason_zh": "姓名不一致"}"#
        let (server, client) = try service("enterprise/verify", .init(body: body))
        defer { server.stop() }
        let outcome = try await HTTPEnterpriseVerifier(client: client).verify(enterprise)
        #expect(outcome == .rejected(LocalizedMessage(en: "name does not match", zh: "姓名不一致")))
    }

    @Test func personPendingCarriesTheReference() async throws {
        let (server, client) = try service("person/verify", .init(body: #"{"result": "pending", "reference": "face-77"}"#))
        defer { server.stop() }
        #expect(try await HTTPPersonVerifier(client: client).verify(face) == .pending(reference: "face-77"))
        #expect(try server.requests.first?.json == ["method": "face", "name": "张三", "id_number": "110101199003070011"])
    }

    @Test func personBankCardSendsTheFourElements() async throws {
        let (server, client) = try service("person/verify", .init(body: #"{"result": "verified"}"#))
        defer { server.stop() }
        let request = PersonVerificationRequest(
            method: .bankCard, name: "张三", idNumber: "110101199003070011", mobile: "13812345678", bankCard: "6222020000000000000"
        )
        #expect(try await HTTPPersonVerifier(client: client).verify(request) == .verified)
        #expect(try server.requests.first?.json["bank_card"] == "6222020000000000000")
        #expect(try server.requests.first?.json["method"] == "bank_card")
    }

    @Test func paymentPendingCarriesTheQRCode() async throws {
        let (server, client) = try service("payments", .init(body: #"{"status": "pending", "qr_code": "weixin://pay/1"}"#))
        defer { server.stop() }
        #expect(try await HTTPPaymentGateway(client: client).create(payment) == .pending(qrCode: "weixin://pay/1"))
        #expect(try server.requests.first?.json == [
            "payment_id": "pay-1", "order_id": "ord-1", "amount_fen": "30000", "method": "wechat_pay", "description": "新办证书",
        ])
    }

    @Test func paymentPaid() async throws {
        let (server, client) = try service("payments", .init(body: #"{"status": "paid"}"#))
        defer { server.stop() }
        #expect(try await HTTPPaymentGateway(client: client).create(payment) == .paid)
    }

    @Test func serverErrorNamesTheStatusAndNoPersonalData() async throws {
        let (server, client) = try service("enterprise/verify", .init(status: 500, body: "{}"))
        defer { server.stop() }
        let error = await #expect(throws: ProviderError.self) { try await HTTPEnterpriseVerifier(client: client).verify(enterprise) }
        let url = server.url("/api/enterprise/verify").absoluteString
        #expect(error == ProviderError(provider: "http enterprise", message: LocalizedMessage(
            en: "\(url) answered HTTP 500", zh: "\(url) 返回了 HTTP 500"
        )))
    }

    @Test(arguments: [
        #"{"result": "verif"#,
        #"{"status": "verified"}"#,
        #"["verified"]"#,
    ])
    func malformedJSONIsAProviderError(body: String) async throws {
        let (server, client) = try service("person/verify", .init(body: body))
        defer { server.stop() }
        let error = await #expect(throws: ProviderError.self) { try await HTTPPersonVerifier(client: client).verify(face) }
        #expect(error?.message.en == "\(server.url("/api/person/verify")) answered with malformed JSON or without the agreed fields")
        #expect(error?.message.en.contains("110101199003070011") == false)
    }

    @Test func unknownResultBreaksTheContract() async throws {
        let (server, client) = try service("person/verify", .init(body: #"{"result": "maybe"}"#))
        defer { server.stop() }
        let error = await #expect(throws: ProviderError.self) { try await HTTPPersonVerifier(client: client).verify(face) }
        #expect(error?.message.en == "\(server.url("/api/person/verify")) broke the agreed answer: "
            + "\"result\" is \"maybe\"; expected one of \"pending\", \"rejected\", \"verified\"")
    }

    @Test func pendingWithoutReferenceBreaksTheContract() async throws {
        let (server, client) = try service("person/verify", .init(body: #"{"result": "pending"}"#))
        defer { server.stop() }
        let error = await #expect(throws: ProviderError.self) { try await HTTPPersonVerifier(client: client).verify(face) }
        #expect(error?.message.zh == "\(server.url("/api/person/verify")) 的应答不符合约定：result \"pending\" 时缺少 \"reference\"")
    }

    @Test func slowServiceTimesOut() async throws {
        // The service answers only after 30 s; giving up well before that is the timeout at work
        // (an exact bound would make the test depend on how loaded the machine is).
        let (server, client) = try service("payments", .init(body: #"{"status": "paid"}"#, delay: 30), timeout: 1)
        defer { server.stop() }
        let started = ContinuousClock.now
        let error = await #expect(throws: ProviderError.self) { try await HTTPPaymentGateway(client: client).create(payment) }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed > .seconds(0.9) && elapsed < .seconds(20))
        let url = server.url("/api/payments").absoluteString
        #expect(error?.message == LocalizedMessage(en: "\(url) did not answer within 1 s", zh: "\(url) 在 1 秒内没有应答"))
    }

    @Test func closedPortCannotBeReached() async throws {
        let server = try TestHTTPServer(routes: [:])
        let url = server.url("/api")
        server.stop()
        let client = HTTPJSONClient(endpoint: url, timeoutSeconds: 2)
        let error = await #expect(throws: ProviderError.self) { try await HTTPPaymentGateway(client: client).create(payment) }
        #expect(error?.message.en.hasPrefix("cannot reach \(url)/payments") == true)
    }
}
