import FlowDiagnostics
import FlowModel
import FlowStore
import Foundation
import Synchronization

/// Pinned definitions decoded once per process, by content hash, with their machines' plans.
final class DefinitionCache: Sendable {
    private let decoded = Mutex<[String: MachinePlan]>([:])
    /// Hashes known to be stored in the database this engine writes to.
    private let stored = Mutex<Set<String>>([])

    func plan(_ hash: String, store: OrderStore) throws(EngineError) -> MachinePlan {
        if let cached = decoded.withLock({ $0[hash] }) { return cached }
        let record: DefinitionRecord?
        do { record = try store.definition(hash: hash) } catch { throw EngineError.storage(error) }
        guard let record else {
            throw .definition(LocalizedMessage(
                en: "the pinned definition \(hash.prefix(12)) is missing from the database",
                zh: "数据库中缺少固定的流程定义 \(hash.prefix(12))"))
        }
        let flow: CompiledFlow
        do { flow = try JSONDecoder().decode(CompiledFlow.self, from: record.body) } catch {
            throw .definition(LocalizedMessage(
                en: "the pinned definition \(hash.prefix(12)) cannot be read: \(error)",
                zh: "固定的流程定义 \(hash.prefix(12)) 无法读取：\(error)"))
        }
        return shared(hash, flow)
    }

    /// The canonical JSON of a compiled flow and its hash, remembered for later lookups.
    func prepare(_ flow: CompiledFlow) -> PreparedDefinition {
        // The pinned body is the very form the content hash is taken over: encoded once.
        let body = ContentHash.canonical(flow)
        let hash = SHA256Hex.of(body)
        return PreparedDefinition(plan: shared(hash, flow), hash: hash, body: body)
    }

    /// The plan of `hash`, made from `flow` unless one is known: orders on one hash share one
    /// plan, whether the definition was prepared here or read from the database, and whichever
    /// of two threads that read it at once made it first.
    private func shared(_ hash: String, _ flow: CompiledFlow) -> MachinePlan {
        decoded.withLock { plans in
            if let known = plans[hash] { return known }
            let plan = MachinePlan(flow)
            plans[hash] = plan
            return plan
        }
    }

    /// Stores a definition once per database; later orders on it skip the write.
    func pin(_ definition: PreparedDefinition, store: OrderStore, now: Int64) throws(EngineError) {
        if stored.withLock({ $0.contains(definition.hash) }) { return }
        do {
            try store.pin(DefinitionRecord(
                hash: definition.hash, channel: definition.flow.channel.id, flow: definition.flow.flow.id.value,
                body: definition.body, createdAt: now))
        } catch { throw .storage(error) }
        _ = stored.withLock { $0.insert(definition.hash) }
    }
}
