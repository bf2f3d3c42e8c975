import FlowDiagnostics
@testable import FlowEngine
import FlowModel
import FlowStore
import Testing

@Suite("FlowEngine: the order cache holds open orders only")
struct OrderCacheTests {
    static let flow = """
    flow: one_form
    title: {zh: 一步流程, en: One-step flow}
    category: query
    media: [ukey]
    entry: none
    guard: {open-order: none}
    steps:
      - {id: form, title: {zh: 填写, en: Form}, kind: form, next: done, fields: [{id: note, label: {zh: 备注, en: Note}, type: text}]}
      - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
    """

    static let channel = "{channel: test, name: {zh: 测试渠道, en: Test channel}, kind: partner, flows: {one_form: {}}}"

    static func definition() throws -> CompiledFlow {
        let project = Project.read([
            SourceFile(path: "Flows/one.yaml", bytes: Array(flow.utf8)),
            SourceFile(path: "Channels/test.yaml", bytes: Array(channel.utf8)),
        ])
        return try #require(project.compile().catalog.entry(channel: "test", flow: "one_form"))
    }

    /// Every finished order once stayed in memory until the cache filled at 4,096 orders.
    @Test("an order is kept while it is open and let go when it finishes; it still reads as finished")
    func finishedOrdersAreLetGo() async throws {
        let test = try TestEngine()
        let order = try await test.engine.start(try Self.definition()).order
        #expect(test.engine.cache.get(order) != nil)
        _ = try await test.engine.submit(order, answers: ["note": .text("一")])
        _ = try await test.engine.submit(order, answers: [:])
        #expect(test.engine.cache.get(order) == nil)
        #expect(try test.engine.show(order).record.status == .completed)
        #expect(test.engine.cache.get(order) == nil)
        await #expect(throws: EngineError.self) { try await test.engine.submit(order, answers: [:]) }
        #expect(test.engine.cache.get(order) == nil)
    }

    /// Reading an order finished by another process once left this process's open copy in place,
    /// so the next read without a fresh look showed it still open at its old version.
    @Test("a finished order read afresh replaces this process's open copy of it")
    func finishedElsewhere() async throws {
        let test = try TestEngine()
        let order = try await test.engine.start(try Self.definition()).order
        _ = try test.later().cancel(order)
        #expect(try test.engine.show(order).record.status == .cancelled)
        #expect(try test.engine.currentStep(order).order.status == .cancelled)
        #expect(test.engine.cache.get(order) == nil)
    }

    /// Answers are checked into the order's state in place: a refused step must leave nothing of
    /// itself there, not even its valid answers.
    @Test("a refused step leaves none of its answers in the order, in memory or stored")
    func refusedAnswersLeaveNothing() async throws {
        let test = try TestEngine()
        let order = try await test.engine.start(try Self.definition()).order
        await #expect(throws: EngineError.self) {
            try await test.engine.submit(order, answers: ["note": .text("一"), "extra": .text("x")])
        }
        #expect(test.engine.cache.get(order)?.state.answers.isEmpty == true)
        #expect(try test.engine.show(order).answers.isEmpty)
        #expect(try test.store.answers(of: order).isEmpty)
    }
}
