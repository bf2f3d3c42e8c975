import Foundation
import HTTPTypes
import Testing

/// The answers of the sample new-certificate application (synthetic data, the same as
/// `Examples/answers/ca_outlet-new_certificate.yaml`), posted step by step as the pages' forms.
enum WebFlowSteps {
    static let chooseVerification = [
        "legal_rep_participates": "true", "enterprise_method": "legal_rep_phone", "accept_user_agreement": "true",
    ]
    static let enterprise = [
        "company_name": "北京示例科技有限公司", "uscc": "91110000600037341L", "legal_rep_name": "张三",
        "legal_rep_id": "110101199003070011", "legal_rep_mobile": "13812345678",
    ]
    static let agentByPhone = [
        "agent_method": "agent_phone", "agent_phone/agent_name": "李四", "agent_phone/agent_id": "310104198512300024",
        "agent_phone/agent_mobile": "13912345678", "agent_phone/agent_email": "lisi@example.com",
    ]
    static let purchase = [
        "product": "org_cert_ukey", "validity_years": "2", "seal_option": "company_seal", "want_invoice": "true",
        "invoice_email": "lisi@example.com", "mailing_name": "李四", "mailing_mobile": "13912345678",
        "mailing_address": "北京市海淀区示例路 1 号",
    ]

    static func file(_ name: String) throws -> (String, [UInt8]) {
        (name, [UInt8](try Data(contentsOf: TestServer.root.appendingPathComponent("Examples/files/\(name)"))))
    }

    /// Starts a new-certificate order on `channel` from its landing page; the order's page URI.
    static func start(_ browser: TestBrowser, channel: String) async throws -> String {
        try await browser.get("/web/\(channel)")
        let started = try await browser.post("/web/\(channel)/flows/new_certificate/start")
        #expect(started.status == .seeOther)
        return try #require(started.headers[.location])
    }

    /// Posts `fields` to the step the order's page shows, with its version; the page after it.
    @discardableResult
    static func submit(
        _ browser: TestBrowser, _ order: String, step: String, _ fields: [String: String],
        files: [String: (String, [UInt8])] = [:]
    ) async throws -> TestBrowser.Page {
        let page = try await browser.get(order)
        var all = fields
        all["_version"] = TestBrowser.version(page)
        let posted = try await browser.post("\(order)/steps/\(step)", all, files: files)
        guard posted.status == .seeOther else { return posted }
        return try await browser.get(order)
    }

    /// Drives the order to its confirmation page (agent verified by mobile).
    static func toConfirmation(_ browser: TestBrowser, _ order: String) async throws -> TestBrowser.Page {
        try await submit(browser, order, step: "choose_verification", chooseVerification)
        try await submit(browser, order, step: "enterprise", enterprise)
        try await submit(browser, order, step: "agent", agentByPhone)
        return try await submit(browser, order, step: "purchase", purchase)
    }

    /// Drives the order to its payment page: confirmation, materials, and the signature with the
    /// code the sandbox sent (the channel's SMS must be the sandbox).
    static func toPayment(_ browser: TestBrowser, _ order: String) async throws -> TestBrowser.Page {
        _ = try await toConfirmation(browser, order)
        try await submit(browser, order, step: "confirm", [:])
        try await submit(browser, order, step: "materials", [:], files: [
            "business_licence": try file("business-licence.png"), "agent_id_front": try file("agent-id-front.png"),
            "agent_id_back": try file("agent-id-back.png"),
        ])
        return try await submit(browser, order, step: "signature", ["signature_code": "sandbox", "accept_signature_agreement": "true"])
    }
}
