import FlowServer
import FlowStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Web application: pages rendered from the definitions")
struct WebPageTests {
    @Test func theLandingPageListsTheChannelsProcessesWithWhatToPrepare() async throws {
        let server = try TestServer(sandboxRoles: ["ca_outlet": ["enterprise", "sms", "payment"]])
        try await server.test { client in
            let browser = TestBrowser(client)
            let root = try await browser.get("/")
            #expect(root.status == .seeOther && root.headers[.location] == "/web")
            let channels = try await browser.get("/web")
            #expect(channels.html.contains("/web/ca_outlet") && channels.html.contains("/web/icbc_bank"))
            let landing = try await browser.get("/web/ca_outlet")
            #expect(landing.status == .ok)
            #expect(landing.headers[.contentType] == "text/html; charset=utf-8")
            for text in [
                "单位证书新办", "New organisation certificate", "id=\"start-new_certificate\"", "id=\"start-order_management\"",
                "营业执照原件或复印件照片", "Business licence photo", "法定代表人姓名、身份证号、法定代表人实名手机号",
                "id=\"sandbox-banner\"", "enterprise, sms, payment",
            ] {
                #expect(landing.html.contains(text), "\(text)")
            }
            #expect(try await browser.get("/web/no_such_channel").status == .notFound)
        }
    }

    @Test func aChannelWithoutSandboxProvidersShowsNoBannerAndNoSandboxHints() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            #expect(!(try await browser.get("/web/ca_outlet").html.contains("sandbox-banner")))
            let order = try await WebFlowSteps.start(browser, channel: "ca_outlet")
            _ = try await WebFlowSteps.toConfirmation(browser, order)
            try await WebFlowSteps.submit(browser, order, step: "confirm", [:])
            let materials = try await WebFlowSteps.submit(browser, order, step: "materials", [:], files: [
                "business_licence": try WebFlowSteps.file("business-licence.png"),
                "agent_id_front": try WebFlowSteps.file("agent-id-front.png"), "agent_id_back": try WebFlowSteps.file("agent-id-back.png"),
            ])
            #expect(materials.html.contains("name=\"signature_code\""))
            #expect(!materials.html.contains("type sandbox"))
            let refused = try await WebFlowSteps.submit(
                browser, order, step: "signature", ["signature_code": "sandbox", "accept_signature_agreement": "true"])
            #expect(refused.status == .unprocessableContent)
        }
    }

    @Test func wrongAnswersAreShownNextToTheirFieldsInBothLanguagesWithTheTypedValuesKept() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            let order = try await WebFlowSteps.start(browser, channel: "ca_outlet")
            try await WebFlowSteps.submit(browser, order, step: "choose_verification", WebFlowSteps.chooseVerification)
            var wrong = WebFlowSteps.enterprise
            wrong["uscc"] = "91110000600037341X"
            wrong["company_name"] = "<b>示例</b>"
            wrong["legal_rep_mobile"] = ""
            let page = try await WebFlowSteps.submit(browser, order, step: "enterprise", wrong)
            #expect(page.status == .unprocessableContent)
            let uscc = try #require(page.html.range(of: "id=\"field-uscc-row\""))
            let usccRow = String(page.html[uscc.lowerBound...].prefix(2000))
            #expect(usccRow.contains("class=\"error\" id=\"field-uscc-error\""))
            #expect(usccRow.contains("value=\"91110000600037341X\""))
            let mobile = try #require(page.html.range(of: "id=\"field-legal_rep_mobile-error\""))
            let mobileError = String(page.html[mobile.upperBound...].prefix(200))
            #expect(mobileError.contains("必填") && mobileError.contains("is required"))
            #expect(page.html.contains("value=\"&lt;b&gt;示例&lt;/b&gt;\""))
            #expect(!page.html.contains("<b>示例"))
            #expect(page.html.contains("class=\"errors\""))
        }
    }

    @Test func anotherOpenOrderOfTheSameCompanyIsNamedOnTheRefusal() async throws {
        let server = try TestServer()
        try await server.test { client in
            let first = TestBrowser(client)
            let held = try await WebFlowSteps.start(first, channel: "ca_outlet")
            try await WebFlowSteps.submit(first, held, step: "choose_verification", WebFlowSteps.chooseVerification)
            try await WebFlowSteps.submit(first, held, step: "enterprise", WebFlowSteps.enterprise)
            let second = TestBrowser(client)
            let order = try await WebFlowSteps.start(second, channel: "ca_outlet")
            try await WebFlowSteps.submit(second, order, step: "choose_verification", WebFlowSteps.chooseVerification)
            let refused = try await WebFlowSteps.submit(second, order, step: "enterprise", WebFlowSteps.enterprise)
            #expect(refused.status == .conflict)
            #expect(refused.html.contains("id=\"refusal\""))
            #expect(refused.html.contains("<strong id=\"existing-order\">\(held.split(separator: "/").last ?? "")</strong>"))
            #expect(refused.html.contains("value=\"北京示例科技有限公司\""))
        }
    }

    @Test func theConfirmationPageIsReadOnlyMaskedAndGoesBack() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            let order = try await WebFlowSteps.start(browser, channel: "ca_outlet")
            let page = try await WebFlowSteps.toConfirmation(browser, order)
            #expect(page.html.contains("id=\"summary\""))
            #expect(page.html.contains("138****5678"))
            #expect(!page.html.contains("13812345678") && !page.html.contains("110101199003070011"))
            let start = try #require(page.html.range(of: "id=\"step-form\""))
            let end = try #require(page.html.range(of: "</form>", range: start.upperBound..<page.html.endIndex))
            let stepForm = page.html[start.upperBound..<end.lowerBound]
            #expect(!stepForm.contains("<select") && !stepForm.contains("<textarea") && !stepForm.contains("type=\"text\""))
            #expect(page.html.contains("id=\"back\""))
            let back = try await browser.post("\(order)/back")
            #expect(back.status == .seeOther)
            let purchase = try await browser.get(order)
            #expect(purchase.html.contains("购买商品") && purchase.html.contains("name=\"mailing_address\""))
        }
    }

    @Test func thePaymentPageOffersTheSandboxOnlyWhenThePaymentIsTheSandbox() async throws {
        for sandboxPayment in [true, false] {
            let roles = sandboxPayment ? ["sms", "payment"] : ["sms"]
            let server = try TestServer(sandboxRoles: ["ca_outlet": roles])
            try await server.test { client in
                let browser = TestBrowser(client)
                let order = try await WebFlowSteps.start(browser, channel: "ca_outlet")
                let payment = try await WebFlowSteps.toPayment(browser, order)
                #expect(payment.html.contains("支付订单"))
                #expect(payment.html.contains("id=\"price\">¥750.00"))
                #expect(payment.html.contains("沙箱支付 · Pay in the sandbox") == sandboxPayment)
                #expect(payment.html.contains("id=\"sandbox-payment\"") == sandboxPayment)
                #expect(payment.html.contains("去支付 · Pay") != sandboxPayment)
                let review = try await WebFlowSteps.submit(browser, order, step: "payment", ["payment_method": "wechat_pay"])
                #expect(review.html.contains("id=\"awaiting-review\""))
                // A review is decided by people: no sandbox button, and none accepted.
                #expect(!review.html.contains("sandbox-accept"))
                #expect(try await browser.post("\(order)/confirmation", ["accepted": "true"]).status == .forbidden)
            }
        }
    }

    @Test func anotherChannelShowsItsOwnOptionsWithTheSameCode() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            let landing = try await browser.get("/web/icbc_bank")
            #expect(landing.html.contains("企业数字证书申请") && landing.html.contains("工商银行企业网银"))
            #expect(!landing.html.contains("start-seal_add"))
            let order = try await WebFlowSteps.start(browser, channel: "icbc_bank")
            try await WebFlowSteps.submit(browser, order, step: "choose_verification", WebFlowSteps.chooseVerification)
            let agent = try await WebFlowSteps.submit(browser, order, step: "enterprise", WebFlowSteps.enterprise)
            #expect(agent.html.contains("经办人身份认证"))
            #expect(agent.html.contains("id=\"option-legal_rep_self\"") && agent.html.contains("id=\"option-agent_bank_card\""))
            #expect(!agent.html.contains("id=\"option-agent_phone\"") && !agent.html.contains("id=\"option-agent_face\""))

            let outlet = TestBrowser(client)
            let outletOrder = try await WebFlowSteps.start(outlet, channel: "ca_outlet")
            try await WebFlowSteps.submit(outlet, outletOrder, step: "choose_verification", WebFlowSteps.chooseVerification)
            var other = WebFlowSteps.enterprise
            other["uscc"] = "91350100M000100Y43"
            let outletAgent = try await WebFlowSteps.submit(outlet, outletOrder, step: "enterprise", other)
            #expect(outletAgent.html.contains("id=\"option-agent_phone\"") && outletAgent.html.contains("id=\"option-agent_face\""))
        }
    }
}
