import FlowDiagnostics
import FlowStore

extension FlowEngine {
    /// Writes a commit, turning the store's refusals into the engine's bilingual errors.
    func write(_ commit: OrderCommit) throws(EngineError) {
        do { try store.commit(commit) } catch { throw refused(commit, error) }
    }

    /// `write` for the steps that run in a task (submit): the task is suspended, not blocking a
    /// thread, while the writer commits.
    func write(_ commit: OrderCommit) async throws(EngineError) {
        do { try await store.commit(commit) } catch { throw refused(commit, error) }
    }

    /// Inserts a new order with its first commit; false when another order has its number.
    func create(_ commit: OrderCommit) async throws(EngineError) -> Bool {
        do {
            try await store.create(commit)
            return true
        } catch StoreError.orderIDTaken {
            return false
        } catch {
            throw refused(commit, error)
        }
    }

    /// The engine's error for a commit the store refused; the order's cached state is stale now.
    private func refused(_ commit: OrderCommit, _ error: any Error) -> EngineError {
        cache.drop(commit.order.id)
        if let error = error as? StoreError { return Self.translate(error) }
        return .storage(error)
    }

    static func translate(_ error: StoreError) -> EngineError {
        switch error {
        case let .guardTaken(kind, key, existing):
            let what = kind == .subject
                ? LocalizedMessage(en: "this subject (\(key.split(separator: "/").last ?? ""))", zh: "该主体（\(key.split(separator: "/").last ?? "")）")
                : LocalizedMessage(en: "certificate \(key)", zh: "证书 \(key)")
            return .guardTaken(existingOrder: existing, LocalizedMessage(
                en: "order \(existing) is still open for \(what.en); finish or cancel it first (channelflow cancel \(existing))",
                zh: "\(what.zh)存在未完成订单 \(existing)，请先完成或取消该订单（channelflow cancel \(existing)）"))
        case let .staleOrder(order, expected, actual):
            return .stale(LocalizedMessage(
                en: "order \(order) changed since it was read (version \(expected), now \(actual)); reload it and submit again",
                zh: "订单 \(order) 在读取后已被修改（版本 \(expected)，当前 \(actual)），请重新加载后再提交"))
        case let .orderNotFound(id):
            return .orderNotFound(id)
        case let .orderIDTaken(id):
            return .storage(LocalizedMessage(en: "order number \(id) is already taken", zh: "订单号 \(id) 已被占用"))
        case let .definitionMissing(hash):
            return .definition(LocalizedMessage(en: "the pinned definition \(hash) is missing", zh: "缺少固定的流程定义 \(hash)"))
        }
    }
}
