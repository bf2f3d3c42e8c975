import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore

/// `load_certificate_subject`: the subject data of the certificate's latest finished order in
/// this database; with none, only what the certificate itself says.
struct LoadCertificateSubject: ActionPerformer {
    private static let carried = ["company_name", "uscc", "legal_rep_name", "legal_rep_id", "legal_rep_mobile"]

    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        var effects = ActionEffects()
        if let organization = context.value("certificate.organization") { effects.outputs["subject.company_name"] = organization }
        guard case let .string(uscc)? = context.value("certificate.uscc") else { return .success(effects) }
        effects.outputs["subject.uscc"] = .string(uscc)
        let answers: [String: String]
        do {
            let original = try context.store.orders(OrderFilter(subject: uscc, status: .completed)).first { $0.id != context.orderID }
            answers = try original.map { try context.store.answers(of: $0.id) } ?? [:]
            effects.detail["source"] = original?.id ?? "certificate"
        } catch {
            throw .provider(LocalizedMessage(en: "cannot read the original order: \(error)", zh: "无法读取原订单：\(error)"))
        }
        for name in Self.carried {
            if let text = answers[name], let value = OrderValue(json: text) { effects.outputs["subject." + name] = value }
        }
        return .success(effects)
    }
}

/// `query_orders`: the orders of a subject in this channel, or those one agent (a masked entry
/// of `list_agents`) handled. Each entry is `ORDER FLOW STATUS`.
struct QueryOrders: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let uscc = try context.string("uscc")
        let scope = try context.string("scope")
        let agent = try context.optionalString("agent").map { (entry) throws(EngineError) in try AgentDirectory.mobile(entry, context) }
        var listed: [OrderValue] = []
        do {
            let orders = try context.store.orders(OrderFilter(channel: context.machine.definition.channel.id, subject: uscc))
            for order in orders where order.id != context.orderID {
                if scope == "agent", let agent {
                    let answers = try context.store.answers(of: order.id)
                    guard answers["agent_mobile"].flatMap({ OrderValue(json: $0) })?.stringValue == agent else { continue }
                }
                listed.append(.string("\(order.id) \(order.flow) \(order.status.rawValue)"))
            }
        } catch {
            throw .provider(LocalizedMessage(en: "cannot list orders: \(error)", zh: "无法查询订单：\(error)"))
        }
        var effects = ActionEffects()
        effects.outputs["orders"] = .list(listed)
        effects.detail = ["scope": scope, "count": String(listed.count)]
        return .success(effects)
    }
}

/// `list_agents`: the agents who handled the subject's orders in this channel, masked.
struct ListAgents: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let agents = try AgentDirectory(uscc: try context.string("uscc"), context).agents
        var effects = ActionEffects()
        effects.outputs["agents"] = .list(agents.map { OrderValue.string($0.entry) })
        effects.detail = ["count": String(agents.count)]
        return .success(effects)
    }
}
