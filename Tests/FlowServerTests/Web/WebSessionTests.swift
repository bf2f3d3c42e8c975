import FlowModel
import FlowServer
import FlowStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Web application: sessions and CSRF")
struct WebSessionTests {
    @Test func theSessionCookieIsHttpOnlyLaxAndScopedToTheChannelAndOnlyItsHashIsStored() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            let page = try await browser.get("/web/ca_outlet")
            let cookie = try #require(page.headers[.setCookie])
            let attributes = Set(cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            #expect(attributes.isSuperset(of: ["httponly", "samesite=lax", "path=/web/ca_outlet"]))
            #expect(!attributes.contains("secure"))
            let value = try #require(browser.cookie)
            #expect(value.count == 64 && value.allSatisfy(\.isHexDigit))
            #expect(try server.store.webSession(idSha256: value) == nil)
            #expect(try server.store.webSession(idSha256: SHA256Hex.of(value.utf8))?.channel == "ca_outlet")
            let again = try await browser.get("/web/ca_outlet")
            #expect(again.headers[.setCookie] == nil)
        }
    }

    @Test func theCookieIsSecureOnlyWhenAsked() async throws {
        let server = try TestServer(secureCookies: true)
        try await server.test { client in
            let page = try await TestBrowser(client).get("/web/ca_outlet")
            #expect(page.headers[.setCookie]?.lowercased().contains("; secure") == true)
        }
    }

    @Test func aFormWithoutTheSessionsTokenIsRefusedWith403AndStartsNothing() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = TestBrowser(client)
            try await browser.get("/web/ca_outlet")
            let forged = try await browser.post("/web/ca_outlet/flows/new_certificate/start", token: String(repeating: "0", count: 64))
            #expect(forged.status == .forbidden)
            #expect(forged.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(forged.html.contains("表单已失效或并非来自本站"))
            #expect(forged.html.contains("this form has expired or did not come from this site"))
            let stranger = TestBrowser(client)
            #expect(try await stranger.post("/web/ca_outlet/flows/new_certificate/start", token: "").status == .forbidden)
            #expect(try server.store.orders(OrderFilter(limit: 10)).isEmpty)
            let started = try await browser.post("/web/ca_outlet/flows/new_certificate/start")
            #expect(started.status == .seeOther)
            #expect(started.headers[.location]?.hasPrefix("/web/ca_outlet/orders/") == true)
        }
    }

    @Test func anotherBrowserCannotOpenOrTouchTheOrder() async throws {
        let server = try TestServer()
        try await server.test { client in
            let owner = TestBrowser(client)
            let order = try await WebFlowSteps.start(owner, channel: "ca_outlet")
            #expect(try await owner.get(order).status == .ok)
            let other = TestBrowser(client)
            try await other.get("/web/ca_outlet")
            for uri in [order, "\(order)/detail"] {
                let page = try await other.get(uri)
                #expect(page.status == .notFound, "\(uri)")
                #expect(!page.html.contains("选择核验方式"))
            }
            for action in ["steps/choose_verification", "back", "cancel", "confirmation"] {
                #expect(try await other.post("\(order)/\(action)", ["_version": "1"]).status == .notFound, "\(action)")
            }
            let orders = try await other.get("/web/ca_outlet/orders")
            #expect(!orders.html.contains(String(order.split(separator: "/").last ?? "")))
            // The owner's cookie is scoped to its channel: another channel's pages do not know it.
            #expect(try await owner.get(order.replacingOccurrences(of: "ca_outlet", with: "icbc_bank")).status == .notFound)
        }
    }
}
