import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore

/// The agents who handled a subject's orders in one channel, each shown masked
/// (`张* 138****5678`). The masked entry is what the applicant picks; the mobile behind it is
/// looked up again when the code is sent, so this order never stores another person's number.
struct AgentDirectory {
    struct Agent {
        var entry: String
        var mobile: String
    }

    let agents: [Agent]

    init(uscc: String, _ context: ActionContext) throws(EngineError) {
        var found: [Agent] = []
        do {
            for order in try context.store.orders(OrderFilter(channel: context.machine.definition.channel.id, subject: uscc)) {
                let answers = try context.store.answers(of: order.id)
                guard let name = answers["agent_name"].flatMap({ OrderValue(json: $0) })?.stringValue,
                      let mobile = answers["agent_mobile"].flatMap({ OrderValue(json: $0) })?.stringValue
                else { continue }
                let entry = "\(Masking.personName(name)) \(Masking.mobile(mobile))"
                if !found.contains(where: { $0.entry == entry }) { found.append(Agent(entry: entry, mobile: mobile)) }
            }
        } catch {
            throw .provider(LocalizedMessage(en: "cannot list agents: \(error)", zh: "无法查询经办人：\(error)"))
        }
        agents = found
    }

    /// The mobile a recipient stands for: a phone number as given, or the agent a masked entry names.
    static func mobile(_ recipient: String, _ context: ActionContext) throws(EngineError) -> String {
        guard IdentifierKind.mobile.check(recipient, today: context.clock.today()).rejection != nil,
              let uscc = context.value("uscc")?.stringValue,
              let agent = try AgentDirectory(uscc: uscc, context).agents.first(where: { $0.entry == recipient })
        else { return recipient }
        return agent.mobile
    }
}
