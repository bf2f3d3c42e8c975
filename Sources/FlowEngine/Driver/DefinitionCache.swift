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
        let plan = MachinePlan(flow)
        decoded.withLock { $0[hash] = plan }
        return plan
    }

    /// The canonical JSON of a compiled flow and its hash, remembered for later lookups.
    func prepare(_ flow: CompiledFlow) -> PreparedDefinition {
        // The pinned body is the very form the content hash is taken over: encoded once.
        let body = ContentHash.canonical(flow)
        let hash = SHA256Hex.of(body)
        // Orders on one hash share one plan, whenever the definition was prepared or read.
        let plan = decoded.withLock { plans in
            if let known = plans[hash] { return known }
            let plan = MachinePlan(flow)
            plans[hash] = plan
            return plan
        }
        return PreparedDefinition(plan: plan, hash: hash, body: body)
    }

    /// Stores a definition once per database; later orders on it skip the write.
    func pin(_ definition: PreparedDefinition, store: OrderStore, now: Int64) throws(EngineError) {
        if stored.withLock({ $0.contains(definition.hash) }) { return }
        do {
            try store.pin(DefinitionRecord(
                hash: definition.hash, channel: definition.flow.channel.id, flow: definition.flow.flow.id.value,
                body: definition.body, createdAt: now))
        } catch { throw .storage(error) }
        decoded.withLock { $0[definition.hash] = definition.plan }
        _ = stored.withLock { $0.insert(definition.hash) }
    }
}
