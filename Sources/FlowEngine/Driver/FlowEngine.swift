import FlowModel
public import FlowStore
import FlowDiagnostics
import Foundation

/// The driver around ``OrderMachine``: it loads an order, asks the machine what to do, performs
/// the actions through the providers, and commits each completed step in one transaction.
public final class FlowEngine: Sendable {
    public let configuration: EngineConfiguration
    let definitions = DefinitionCache()
    let expressions = ExpressionCache()
    let cache = OrderCache()

    public init(_ configuration: EngineConfiguration) {
        self.configuration = configuration
    }

    var store: OrderStore { configuration.store }
    var clock: any EngineClock { configuration.clock }
    var notifier: Notifier { Notifier(templates: configuration.templates) }

    func machine(_ plan: MachinePlan) -> OrderMachine {
        OrderMachine(plan: plan, today: clock.today(), expressions: expressions)
    }

    func providers(_ channel: String) throws(EngineError) -> Providers {
        do { return try configuration.providers(channel) } catch {
            throw .provider(LocalizedMessage(
                en: "the providers of channel \(channel) cannot be set up: \(error)",
                zh: "渠道 \(channel) 的服务提供方无法初始化：\(error)"))
        }
    }

    /// An order as stored, with its machine.
    struct Loaded: Sendable {
        var record: OrderRecord
        var state: OrderState
        var machine: OrderMachine
        /// Outputs of the current step gathered before it completes.
        var pending: [String: OrderValue]
    }

    /// The order as this process last committed it, else as the database has it. `fresh` always
    /// reads the database (what people are shown).
    func load(_ id: String, fresh: Bool = false) throws(EngineError) -> Loaded {
        if !fresh, var cached = cache.get(id) {
            // Today's date belongs to this call, not to the call that filled the cache.
            cached.machine.today = clock.today()
            return cached
        }
        return try loaded(snapshot(id))
    }

    /// The order as the database has it, with its answers, path, materials and payments.
    func snapshot(_ id: String) throws(EngineError) -> OrderSnapshot {
        let snapshot: OrderSnapshot?
        do { snapshot = try store.snapshot(id) } catch { throw .storage(error) }
        guard let snapshot else { throw .orderNotFound(id) }
        return snapshot
    }

    /// The order of `snapshot`. It replaces this process's copy: kept while the order is open,
    /// dropped once it is finished.
    func loaded(_ snapshot: OrderSnapshot) throws(EngineError) -> Loaded {
        let id = snapshot.order.id
        let plan = try definitions.plan(snapshot.order.definitionHash, store: store)
        var state = OrderState(id: id, step: snapshot.order.step)
        state.status = snapshot.order.status
        state.wait = snapshot.order.wait.flatMap(WaitState.init(rawValue:))
        state.version = snapshot.order.version
        state.guardKind = snapshot.order.guardKind
        state.guardKey = snapshot.order.guardKey
        state.subject = snapshot.order.subject
        for answer in snapshot.answers {
            guard let value = OrderValue(json: answer.value) else {
                throw .storage(LocalizedMessage(
                    en: "order \(id) has an unreadable answer for \(answer.field)", zh: "订单 \(id) 的字段 \(answer.field) 答案无法读取"))
            }
            state.answers[answer.field] = value
        }
        for result in snapshot.stepResults {
            state.path.append(result.step)
            state.outputs.merge(OrderValue.values(json: result.outputs)) { _, new in new }
        }
        let pending = OrderValue.values(json: snapshot.order.pending)
        state.outputs.merge(pending) { _, new in new }
        for material in snapshot.materials { state.materials[material.material] = material.sha256 }
        let loaded = Loaded(record: snapshot.order, state: state, machine: machine(plan), pending: pending)
        // A finished order read afresh also replaces what this process may still hold of it as
        // open (another process finished it).
        if loaded.record.status.isOpen { cache.put(loaded) } else { cache.drop(id) }
        return loaded
    }

    /// Keeps the order as `commit` left it, for its next step; a finished order has none, and is
    /// let go: kept, every finished order would stay in memory until the cache filled.
    func remember(_ commit: OrderCommit, _ run: StepRun, _ machine: OrderMachine, creating: Bool) {
        guard commit.order.status.isOpen else { return cache.drop(commit.order.id) }
        var record = commit.order
        if !creating { record.version += 1 }
        var state = run.state
        state.version = record.version
        state.outputs.merge(run.stepOutputs) { _, new in new }
        cache.put(Loaded(record: record, state: state, machine: machine, pending: run.stepOutputs))
    }

    /// Every order's history as stored (masked).
    public func events(_ id: String) throws(EngineError) -> [EventRecord] {
        do { return try store.events(of: id) } catch { throw .storage(error) }
    }
}
