import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A whole new-certificate application over the API, as a channel's system runs it: every step
/// submitted with the version it read, the materials uploaded as multipart, the SMS code read
/// from the sandbox; every answer documented by the OpenAPI document and valid against it.
@Suite("the API runs a new certificate to the review wait")
struct NewCertificateOverAPITests {
    static let steps: [(step: String, answers: String)] = [
        ("choose_verification", #"{"legal_rep_participates": true, "enterprise_method": "legal_rep_phone", "accept_user_agreement": true}"#),
        ("enterprise", #"{"company_name": "北京示例科技有限公司", "uscc": "91110000600037341L", "legal_rep_name": "张三", "legal_rep_id": "110101199003070011", "legal_rep_mobile": "13812345678"}"#),
        ("agent", #"{"agent_method": "agent_phone", "agent_name": "李四", "agent_id": "310104198512300024", "agent_mobile": "13912345678", "agent_email": "lisi@example.com"}"#),
        ("purchase", #"{"product": "org_cert_ukey", "validity_years": 2, "seal_option": "company_seal", "want_invoice": true, "invoice_email": "lisi@example.com", "mailing_name": "李四", "mailing_mobile": "13912345678", "mailing_address": "北京市海淀区示例路 1 号"}"#),
        ("confirm", "{}"),
    ]

    static func file(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: TestServer.root.appendingPathComponent("Examples/files/\(name)")))
    }

    @Test func everyStepCommitsAndEveryAnswerMatchesTheDocument() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            try await api.send("listChannels", .get, "/api/v1/channels")
            try await api.send("getFlow", .get, "/api/v1/channels/ca_outlet/flows/new_certificate")
            var (order, version) = try await SubmissionTests.atMaterials(api)
            let uploaded = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/materials",
                multipart: Multipart(answers: #"{"version": \#(version)}"#, files: [
                    ("business_licence", "licence.png", try Self.file("business-licence.png")),
                    ("agent_id_front", "front.png", try Self.file("agent-id-front.png")),
                    ("agent_id_back", "back.png", try Self.file("agent-id-back.png")),
                ]))
            #expect(uploaded.status == 200, "\(uploaded.json)")
            version += 1
            let signed = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/signature",
                json: #"{"version": \#(version), "answers": {"signature_code": {"sandbox": "sms"}, "accept_signature_agreement": true}}"#)
            #expect(signed.status == 200, "\(signed.json)")
            version += 1
            let paid = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/payment",
                json: #"{"version": \#(version), "answers": {"payment_method": "wechat_pay"}}"#)
            #expect(paid.status == 200, "\(paid.json)")
            let step = try await api.send("getStep", .get, "/api/v1/orders/\(order)/step")
            #expect(step.json["id"] as? String == "review")
            #expect((step.json["order"] as? [String: Any])?["wait"] as? String == "review", "\(step.json)")
            let detail = try await api.send("getOrder", .get, "/api/v1/orders/\(order)")
            let text = String(decoding: detail.bytes, as: UTF8.self)
            #expect(!text.contains("110101199003070011") && !text.contains("13812345678"), "personal data unmasked: \(text)")
            try await api.send("listOrders", .get, "/api/v1/orders?status=waiting&limit=5")
            let violations = try OpenAPICheck.violations(api)
            #expect(violations == nil, "\(violations ?? "")")
        }
    }
}
