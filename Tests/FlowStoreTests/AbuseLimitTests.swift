import FlowStore
import Foundation
import Testing

@Suite("abuse limits")
struct AbuseLimitTests {
    private let limit = AbuseLimit(scope: "sms-phone", maximum: 3, windowMilliseconds: 60_000)

    @Test("the attempt past the maximum is refused with the wait until the oldest leaves the window")
    func refusesWithTheWait() async throws {
        let store = OrderStore(database: try FlowDatabase(.memory))
        for at in [1_000, 2_000, 3_000] as [Int64] {
            #expect(try await store.admit(limit, key: "p", at: at) == nil)
        }
        #expect(try await store.admit(limit, key: "p", at: 10_000) == 51_000)
        #expect(try store.exceeded(limit, key: "p", at: 10_000) == 51_000, "a refused attempt is not counted")
        #expect(try await store.admit(limit, key: "other", at: 10_000) == nil, "keys are counted apart")
        #expect(try await store.admit(limit, key: "p", at: 61_001) == nil, "the window slides")
    }

    @Test("counted attempts hold for a second connection to the same file")
    func sharedAcrossConnections() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowstore-abuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("orders.sqlite").path
        let first = OrderStore(database: try FlowDatabase(.file(path)))
        let second = OrderStore(database: try FlowDatabase(.file(path)))
        try await first.count(limit, key: "p", at: 1_000)
        try await second.count(limit, key: "p", at: 2_000)
        #expect(try await first.admit(limit, key: "p", at: 3_000) == nil)
        #expect(try await second.admit(limit, key: "p", at: 4_000) != nil)
    }
}
