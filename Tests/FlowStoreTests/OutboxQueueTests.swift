import FlowStore
import Foundation
import Testing

/// The outbox's delivery state on a real SQLite file: claims under a lease, completion by the
/// claim's owner only, retries, and the idempotency key that keeps one message per event.
@Suite("OutboxQueue")
struct OutboxQueueTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowstore-outbox-\(UUID().uuidString)")

    private func open() throws -> (store: OrderStore, queue: OutboxQueue) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try FlowDatabase(.file(folder.appendingPathComponent("orders.sqlite").path))
        let store = OrderStore(database: database)
        try store.pin(DefinitionRecord(hash: "h1", channel: "c", flow: "f", body: Data("{}".utf8), createdAt: 0))
        return (store, OutboxQueue(database: database))
    }

    private func message(_ key: String, kind: String = "sms") -> OutboxRecord {
        var message = OutboxRecord(orderId: "A", kind: "notification", payload: #"{"channel":"c"}"#, createdAt: 1)
        message.event = "approved"
        message.channelKind = kind
        message.recipient = "13912345678"
        message.body = "text"
        message.idempotencyKey = key
        return message
    }

    /// Order A created with `messages` in its first commit.
    private func queued(_ messages: [OutboxRecord]) throws -> OutboxQueue {
        let (store, queue) = try open()
        var commit = OrderCommit(order: OrderRecord(
            id: "A", channel: "c", flow: "f", definitionHash: "h1", status: .active, step: "s1", createdAt: 1, updatedAt: 1))
        commit.outbox = messages
        try store.create(commit)
        return queue
    }

    @Test("a claimed message is invisible to other workers until its lease runs out, then claimed again")
    func leaseExpires() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try queued([message("A:approved:sms:1"), message("A:approved:email:2", kind: "email")])
        let first = try queue.claim(owner: "w1", limit: 1, now: 1_000, leaseMillis: 60_000)
        #expect(first.map(\.idempotencyKey) == ["A:approved:sms:1"])
        #expect(first.map(\.attempts) == [1])
        #expect(try queue.claim(owner: "w2", limit: 10, now: 2_000, leaseMillis: 60_000).map(\.idempotencyKey) == ["A:approved:email:2"])
        #expect(try queue.claim(owner: "w2", limit: 10, now: 60_999, leaseMillis: 60_000).isEmpty)
        let again = try queue.claim(owner: "w2", limit: 10, now: 61_000, leaseMillis: 60_000)
        #expect(again.map(\.idempotencyKey) == ["A:approved:sms:1"])
        #expect(again.map(\.attempts) == [2])
        // The first worker lost its claim: its late completion changes nothing.
        #expect(try !queue.markSent(try #require(first.first?.id), owner: "w1", at: 61_500))
        #expect(try queue.markSent(try #require(again.first?.id), owner: "w2", at: 61_600))
        let sent = try queue.list(status: .sent)
        #expect(sent.map(\.idempotencyKey) == ["A:approved:sms:1"])
        #expect(sent.first?.deliveredAt == 61_600)
        // The e-mail's worker never finished: after its lease the message is due again; the sent one never is.
        #expect(try queue.claim(owner: "w3", limit: 10, now: 999_999, leaseMillis: 60_000).map(\.idempotencyKey) == ["A:approved:email:2"])
    }

    @Test("a failed attempt is due again at its retry time; a permanent failure is never claimed again")
    func retryAndGiveUp() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try queued([message("A:approved:sms:1")])
        let id = try #require(try queue.claim(owner: "w1", limit: 5, now: 0, leaseMillis: 60_000).first?.id)
        #expect(try queue.markFailed(id, owner: "w1", error: "451 try later", retryAt: 30_000))
        #expect(try queue.claim(owner: "w1", limit: 5, now: 29_999, leaseMillis: 60_000).isEmpty)
        let retried = try queue.claim(owner: "w1", limit: 5, now: 30_000, leaseMillis: 60_000)
        #expect(retried.map(\.attempts) == [2])
        #expect(retried.first?.lastError == "451 try later")
        #expect(try queue.markFailed(id, owner: "w1", error: "550 no such user", retryAt: nil))
        #expect(try queue.claim(owner: "w1", limit: 5, now: .max / 2, leaseMillis: 60_000).isEmpty)
        #expect(try queue.list(status: .failed).map(\.lastError) == ["550 no such user"])
    }

    @Test("a message whose idempotency key is already queued is not queued again")
    func oneMessagePerKey() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, queue) = try open()
        var commit = OrderCommit(order: OrderRecord(
            id: "A", channel: "c", flow: "f", definitionHash: "h1", status: .active, step: "s1", createdAt: 1, updatedAt: 1))
        commit.outbox = [message("A:submitted:sms:1")]
        try store.create(commit)
        var again = OrderCommit(order: commit.order)
        again.outbox = [message("A:submitted:sms:1"), message("A:approved:sms:1")]
        try store.commit(again)
        #expect(try queue.list().map(\.idempotencyKey) == ["A:submitted:sms:1", "A:approved:sms:1"])
    }

    @Test("the same message committed twice, in one commit and again in the next, and repeated by a shipment move, is one row")
    func sameMessageCommittedTwice() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, queue) = try open()
        var commit = OrderCommit(order: OrderRecord(
            id: "A", channel: "c", flow: "f", definitionHash: "h1", status: .active, step: "s1", createdAt: 1, updatedAt: 1))
        commit.outbox = [message("A:shipped:sms:1"), message("A:shipped:sms:1")]
        commit.shipments = [ShipmentRecord(orderId: "A", address: "北京市", status: .pending, updatedAt: 1)]
        try store.create(commit)
        var again = OrderCommit(order: commit.order)
        again.outbox = [message("A:shipped:sms:1")]
        try store.commit(again)
        let moved = try store.advanceShipment(
            of: "A", from: .pending, to: .shipped, tracking: "T1", events: [], outbox: [message("A:shipped:sms:1")], at: 2)
        #expect(moved?.status == .shipped)
        let rows = try queue.list()
        #expect(rows.map(\.idempotencyKey) == ["A:shipped:sms:1"])
        #expect(rows.first?.recipient == "13912345678" && rows.first?.body == "text" && rows.first?.status == .pending)
    }
}
