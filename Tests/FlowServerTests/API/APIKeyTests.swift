import FlowEngine
import FlowServer
import FlowStore
import Hummingbird
import NIOCore
import Foundation
import HummingbirdTesting
import Testing

@Suite("API keys: one channel per key")
struct APIKeyTests {
    @Test func aRequestWithoutAKeyIsUnauthorizedAsProblemJSON() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/api/v1/channels", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.wwwAuthenticate] != nil)
                let messages = response.body.json["messages"] as? [String: String]
                #expect(messages?["zh"]?.contains("API 密钥") == true)
            }
        }
    }

    @Test func aWrongSecretOrARevokedKeyIsRefused() async throws {
        let server = try TestServer()
        let key = try #require(server.keys["ca_outlet"])
        let forged = String(key.dropLast()) + (key.last == "0" ? "1" : "0")
        try await server.test { client in
            try await client.execute(uri: "/api/v1/channels", method: .get, headers: [.authorization: "Bearer \(forged)"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
        let id = String(key.split(separator: "_")[1])
        _ = try server.store.revokeAPIKey(id: id, at: 1)
        try await server.test { client in
            try await client.execute(uri: "/api/v1/channels", method: .get, headers: server.headers("ca_outlet")) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func aKeyListsOnlyItsChannel() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/api/v1/channels", method: .get, headers: server.headers("icbc_bank")) { response in
                #expect(response.status == .ok)
                let channels = response.body.json["channels"] as? [[String: Any]] ?? []
                #expect(channels.map { $0["id"] as? String } == ["icbc_bank"])
            }
        }
    }

    @Test func channelBCannotSeeOrTouchChannelAsOrders() async throws {
        let server = try TestServer()
        try await server.test { client in
            let order = try await client.execute(
                uri: "/api/v1/channels/ca_outlet/flows/new_certificate/orders", method: .post, headers: server.headers("ca_outlet")
            ) { response in
                #expect(response.status == .created)
                return try #require((response.body.json["report"] as? [String: Any])?["order"] as? [String: Any])["id"] as? String
            }
            let id = try #require(order)
            let other = server.headers("icbc_bank")
            for (uri, method) in [
                ("/api/v1/orders/\(id)", HTTPRequest.Method.get), ("/api/v1/orders/\(id)/step", .get),
                ("/api/v1/orders/\(id)/cancel", .post), ("/api/v1/orders/\(id)/back", .post),
            ] {
                try await client.execute(uri: uri, method: method, headers: other) { response in
                    #expect(response.status == .notFound, "\(method) \(uri)")
                }
            }
            try await client.execute(
                uri: "/api/v1/orders/\(id)/steps/choose_verification", method: .post, headers: other,
                body: ByteBuffer(string: #"{"version": 1, "answers": {}}"#)
            ) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/orders", method: .get, headers: other) { response in
                #expect((response.body.json["orders"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(
                uri: "/api/v1/channels/ca_outlet/flows/new_certificate/orders", method: .post, headers: other
            ) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(try server.store.snapshot(try #require(try server.engine.orders(.init()).first?.id))?.order.status == .active)
    }
}
