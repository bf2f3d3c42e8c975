import FlowEngine
import FlowStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Submissions: versions, idempotency keys, wrong answers, and the limits on bodies and uploads.
@Suite("submitting a step over the API")
struct SubmissionTests {
    static let firstAnswers = #"{"legal_rep_participates": true, "enterprise_method": "legal_rep_phone", "accept_user_agreement": true}"#

    static func start(_ api: APIExchange) async throws -> String {
        let started = try await api.send("startOrder", .post, "/api/v1/channels/ca_outlet/flows/new_certificate/orders")
        return try #require(((started.json["report"] as? [String: Any])?["order"] as? [String: Any])?["id"] as? String)
    }

    /// An order past its first step, at version 2.
    static func atEnterprise(_ api: APIExchange) async throws -> String {
        let order = try await start(api)
        try await api.send(
            "submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification",
            json: #"{"version": 1, "answers": \#(firstAnswers)}"#)
        return order
    }

    @Test func aRetriedSubmissionIsAnsweredFromTheFirstAndAppliedOnce() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.start(api)
            let body = #"{"version": 1, "answers": \#(Self.firstAnswers)}"#
            let first = try await api.send("submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification", json: body, idempotencyKey: "retry-1")
            let retry = try await api.send("submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification", json: body, idempotencyKey: "retry-1")
            #expect(first.status == 200)
            #expect(retry.status == 200)
            #expect(retry.bytes == first.bytes)
            let reused = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification",
                json: #"{"version": 2, "answers": {}}"#, idempotencyKey: "retry-1")
            #expect(reused.status == 422)
            #expect((reused.json["type"] as? String)?.hasSuffix("idempotency-key-reused") == true)
            #expect(try OpenAPICheck.violations(api) == nil)
        }
        let events = try server.engine.events(try #require(try server.engine.orders(.init()).first?.id))
        #expect(events.filter { $0.kind == "step_completed" && $0.step == "choose_verification" }.count == 1)
    }

    @Test func aStaleVersionOrACancelledOrderIsRefusedWith409AndTheCurrentOrder() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.atEnterprise(api)
            let stale = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/enterprise", json: #"{"version": 1, "answers": {}}"#)
            #expect(stale.status == 409)
            #expect((stale.json["type"] as? String)?.hasSuffix("stale-version") == true)
            #expect((stale.json["current"] as? [String: Any])?["version"] as? Int == 2)
            try await api.send("cancelOrder", .post, "/api/v1/orders/\(order)/cancel")
            let cancelled = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/enterprise", json: #"{"version": 3, "answers": {}}"#)
            #expect(cancelled.status == 409)
            #expect((cancelled.json["current"] as? [String: Any])?["status"] as? String == "cancelled")
            #expect(try OpenAPICheck.violations(api) == nil)
        }
    }

    /// An order at the materials step (the sample answers of the steps before it).
    static func atMaterials(_ api: APIExchange) async throws -> (order: String, version: Int) {
        let order = try await start(api)
        var version = 1
        for (step, answers) in NewCertificateOverAPITests.steps {
            let answer = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/\(step)", json: #"{"version": \#(version), "answers": \#(answers)}"#)
            try #require(answer.status == 200, "\(step): \(answer.json)")
            version += 1
        }
        return (order, version)
    }

    @Test func theConfirmationStepShowsTheAnswersMasked() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.start(api)
            var reply: APIExchange.Answer?
            for (index, (step, answers)) in NewCertificateOverAPITests.steps.dropLast().enumerated() {
                reply = try await api.send(
                    "submitStep", .post, "/api/v1/orders/\(order)/steps/\(step)", json: #"{"version": \#(index + 1), "answers": \#(answers)}"#)
                try #require(reply?.status == 200, "\(step): \(reply?.json ?? [:])")
            }
            let confirmation = try #require(reply?.json["step"] as? [String: Any])
            #expect(confirmation["kind"] as? String == "confirmation")
            let lines = try #require(confirmation["summary"] as? [[String: Any]])
            let values = Dictionary(lines.compactMap { line in (line["field"] as? String).map { ($0, line["value"] as? String) } }) { first, _ in first }
            #expect(values["company_name"] == "北京示例科技有限公司")
            #expect(values["legal_rep_mobile"] == "138****5678")
            #expect(values["agent_email"] != nil && values["mailing_address"] != nil)
            let text = String(decoding: reply?.bytes ?? [], as: UTF8.self)
            #expect(!text.contains("13812345678") && !text.contains("110101199003070011"), "personal data unmasked: \(text)")
            let shown = try await api.send("getStep", .get, "/api/v1/orders/\(order)/step")
            #expect((shown.json["summary"] as? [[String: Any]])?.count == lines.count)
        }
    }

    @Test func aMaterialOverItsLimitIsRefusedWhileItStreamsIn() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let (order, version) = try await Self.atMaterials(api)
            let png = try NewCertificateOverAPITests.file("agent-id-front.png")
            let oversized = png + [UInt8](repeating: 0, count: 5 * 1_048_576)
            let refused = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/materials",
                multipart: Multipart(answers: #"{"version": \#(version)}"#, files: [("agent_id_front", "front.png", oversized)]))
            #expect(refused.status == 413)
            #expect((refused.json["detail"] as? String)?.contains("agent_id_front") == true)
            let unknown = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/materials",
                multipart: Multipart(answers: #"{"version": \#(version)}"#, files: [("seal_card", "x.png", png)]))
            #expect(unknown.status == 400)
            let text = try NewCertificateOverAPITests.file("not-an-image.txt")
            let wrongType = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/materials",
                multipart: Multipart(answers: #"{"version": \#(version)}"#, files: [("agent_id_front", "front.png", text)]))
            #expect(wrongType.status == 422)
            #expect(try OpenAPICheck.violations(api) == nil)
        }
    }

    @Test func everyWrongFieldIsReportedWithItsPointerInBothLanguages() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.atEnterprise(api)
            let wrong = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/enterprise",
                json: #"{"version": 2, "answers": {"uscc": "91110000600037341X", "legal_rep_id": "110101199003070012", "legal_rep_mobile": "1381234"}}"#)
            #expect(wrong.status == 422)
            let errors = wrong.json["errors"] as? [[String: Any]] ?? []
            let pointers = Set(errors.compactMap { $0["pointer"] as? String })
            #expect(pointers.isSuperset(of: ["/answers/uscc", "/answers/legal_rep_id", "/answers/legal_rep_mobile", "/answers/company_name"]))
            #expect(errors.allSatisfy { (($0["message"] as? [String: String])?["zh"]?.isEmpty) == false })
            let text = String(decoding: wrong.bytes, as: UTF8.self)
            #expect(!text.contains("110101199003070012"), "a wrong ID number is echoed: \(text)")
            #expect(try OpenAPICheck.violations(api) == nil)
        }
    }

    @Test func aMalformedBodyIsABadRequestNamingWhatIsWrong() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.start(api)
            let missing = try await api.send("submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification", json: #"{"answers": {}}"#)
            #expect(missing.status == 400)
            #expect((missing.json["detail"] as? String)?.contains("version") == true)
            let garbage = try await api.send("submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification", json: "not json")
            #expect(garbage.status == 400)
            let badKey = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification",
                json: #"{"version": 1}"#, idempotencyKey: String(repeating: "k", count: 300))
            #expect(badKey.status == 400)
            #expect(try OpenAPICheck.violations(api) == nil)
        }
    }

    @Test func aBodyOverTheLimitIsRefusedWith413() async throws {
        let server = try TestServer(maxRequestBytes: 4096)
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let order = try await Self.start(api)
            let large = #"{"version": 1, "answers": {"x": "\#(String(repeating: "a", count: 5000))"}}"#
            let refused = try await api.send("submitStep", .post, "/api/v1/orders/\(order)/steps/choose_verification", json: large)
            #expect(refused.status == 413)
            #expect(try OpenAPICheck.violations(api) == nil)
        }
    }
}
