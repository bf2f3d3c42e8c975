import FlowStore
import Testing

@Suite("API keys, idempotent answers and web sessions in the store")
struct ServerRecordsTests {
    static func response(_ key: String, body: String, at time: Int64) -> IdempotentResponse {
        IdempotentResponse(
            channel: "ca_outlet", key: key, requestSha256: "r", status: 200, contentType: "application/json",
            body: Array(body.utf8), createdAt: time)
    }

    @Test func theFirstAnswerUnderAKeyWinsUntilItExpires() throws {
        let store = OrderStore(database: try FlowDatabase(.memory))
        let first = try store.keep(Self.response("k", body: "first", at: 1_000), expiry: 500)
        let second = try store.keep(Self.response("k", body: "second", at: 1_200), expiry: 500)
        #expect(first.body == Array("first".utf8))
        #expect(second.body == Array("first".utf8))
        #expect(try store.idempotentResponse(channel: "ca_outlet", key: "k", since: 900)?.body == Array("first".utf8))
        #expect(try store.idempotentResponse(channel: "ca_outlet", key: "k", since: 1_001) == nil)
        #expect(try store.idempotentResponse(channel: "icbc_bank", key: "k", since: 0) == nil)
        let later = try store.keep(Self.response("k", body: "later", at: 2_000), expiry: 500)
        #expect(later.body == Array("later".utf8))
    }

    @Test func aRevokedKeyKeepsItsFirstRevocationDate() throws {
        let store = OrderStore(database: try FlowDatabase(.memory))
        try store.insert(APIKeyRecord(id: "abc", channel: "ca_outlet", secretSha256: "s", label: nil, createdAt: 1))
        #expect(try store.revokeAPIKey(id: "abc", at: 5)?.revokedAt == 5)
        #expect(try store.revokeAPIKey(id: "abc", at: 9)?.revokedAt == 5)
        #expect(try store.revokeAPIKey(id: "nope", at: 9) == nil)
        #expect(try store.apiKeys(channel: "icbc_bank").isEmpty)
        #expect(try store.apiKeys().map(\.id) == ["abc"])
    }
}
