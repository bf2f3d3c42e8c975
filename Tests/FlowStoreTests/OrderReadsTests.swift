import FlowStore
import Foundation
import Testing

/// The reads an API request makes, on prepared statements with rows decoded by column name: each
/// gives back every column as written, in the order it promises.
@Suite("OrderStore reads")
struct OrderReadsTests {
    private static func store() throws -> OrderStore {
        let store = OrderStore(database: try FlowDatabase(.memory))
        try store.pin(DefinitionRecord(hash: "h1", channel: "c", flow: "f", body: Data("{}".utf8), createdAt: 0))
        try store.create(OrderCommit(order: OrderRecord(
            id: "A", channel: "c", flow: "f", definitionHash: "h1", status: .active, step: "s1", createdAt: 1, updatedAt: 1)))
        return store
    }

    @Test func codesComeNewestFirstAndTheLatestOfARecipientWhateverItsPurpose() throws {
        let store = try Self.store()
        var commit = OrderCommit(order: try #require(try store.snapshot("A")).order)
        let older = OneTimeCodeRecord(orderId: "A", purpose: "sign", recipientHash: "r1", codeHash: "c1", sentAt: 10, expiresAt: 310)
        let newer = OneTimeCodeRecord(
            orderId: "A", purpose: "verify", recipientHash: "r1", codeHash: "c2", sentAt: 20, expiresAt: 320, wrongTries: 2, used: true)
        let other = OneTimeCodeRecord(orderId: "A", purpose: "verify", recipientHash: "r2", codeHash: "c3", sentAt: 30, expiresAt: 330)
        commit.codes = [older, newer, other]
        try store.commit(commit)
        #expect(try store.codes(of: "A") == [other, newer, older])
        #expect(try store.latestCode(order: "A", recipientHash: "r1") == newer)
        #expect(try store.code(order: "A", purpose: "sign", recipientHash: "r1") == older)
        #expect(try store.code(order: "A", purpose: "sign", recipientHash: "r2") == nil)
    }

    @Test func paymentsComeOldestFirstWithEveryColumn() throws {
        let store = try Self.store()
        var commit = OrderCommit(order: try #require(try store.snapshot("A")).order)
        let paid = PaymentRecord(
            id: "P2", orderId: "A", method: "alipay", amountFen: 120_000, provider: "sandbox", status: .paid, createdAt: 20, confirmedAt: 21)
        let pending = PaymentRecord(id: "P1", orderId: "A", method: "wechat_pay", amountFen: 0, provider: "http", status: .pending, createdAt: 10)
        commit.payments = [paid, pending]
        commit.events = [
            EventRecord(orderId: "A", at: 5, kind: "second", step: nil, detail: "{}"),
            EventRecord(orderId: "A", at: 4, kind: "first", step: "s1", detail: #"{"x":"1"}"#),
        ]
        try store.commit(commit)
        #expect(try store.payments(of: "A") == [pending, paid])
        #expect(try store.snapshot("A")?.payments == [pending, paid])
        let events = try store.events(of: "A")
        #expect(events.map(\.kind) == ["second", "first"])
        #expect(events.map(\.step) == [nil, "s1"] && events.map(\.detail) == ["{}", #"{"x":"1"}"#] && events.allSatisfy { $0.id != nil })
    }

    @Test func anAPIKeyReadsBackWithItsRevocation() throws {
        let store = try Self.store()
        let key = APIKeyRecord(id: "k1", channel: "c", secretSha256: "00ff", label: nil, createdAt: 3)
        try store.insert(key)
        #expect(try store.apiKey(id: "k1") == key)
        #expect(try store.apiKey(id: "k2") == nil)
        _ = try store.revokeAPIKey(id: "k1", at: 9)
        #expect(try store.apiKey(id: "k1")?.revokedAt == 9)
    }
}
