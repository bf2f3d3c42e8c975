import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore

/// Turns an event of an order into its outbox rows, rendered at once, in the transaction of the
/// event: one SMS to the applicant's mobile and one e-mail to the applicant's address, each that
/// the order has. Rendering now fixes the message to the facts as they were (the amount paid, the
/// deadline set) and lets the delivery worker send without the flow, the templates or the answers;
/// a template edited later changes only later messages.
struct Notifier: Sendable {
    /// Nil: the engine was set up to queue no notifications (tests and benchmarks that need none).
    let templates: NotificationTemplates?

    /// The applicant's mobile: the agent's, or the legal representative's when no agent is asked.
    static let mobileFields = ["agent_mobile", "legal_rep_mobile"]
    static let emailFields = ["agent_email"]

    /// The outbox rows of `event` for the order in `state`; `facts` fill the event's own placeholders.
    /// `email` replaces the applicant's address when the event has its own (the invoice's chosen one).
    /// `occurrence` tells apart the messages of an event that may happen more than once to an order
    /// (each re-issued invoice), which would otherwise share one idempotency key and be sent once.
    func messages(
        _ event: NotificationEvent, state: OrderState, machine: OrderMachine, facts: [String: LocalizedText], now: Int64,
        email chosen: String? = nil, occurrence: String? = nil
    ) throws(EngineError) -> [OutboxRecord] {
        guard let templates else { return [] }
        guard let template = templates[event] else {
            throw .definition(LocalizedMessage(
                en: "no notification template for event \"\(event.rawValue)\": add Templates/\(event.rawValue).yaml",
                zh: "事件 \"\(event.rawValue)\" 没有通知模板：请添加 Templates/\(event.rawValue).yaml"))
        }
        let mobile = Self.first(Self.mobileFields, state).map { IdentifierKind.mobile.normalize($0) }
        let email = chosen ?? Self.first(Self.emailFields, state)
        var values = facts
        values["order"] = .same(state.id)
        values["flow"] = machine.flow.title.value
        values["company"] = Self.first(["company_name", "certificate.organization"], state).map(LocalizedText.same)
            ?? LocalizedText(zh: "贵单位", en: "your organisation")
        values["mobile"] = mobile.map { .same(Masking.mobile($0)) } ?? LocalizedText(zh: "未登记", en: "not on file")
        var rows: [OutboxRecord] = []
        for (kind, recipient) in [(NotificationChannelKind.sms, mobile), (.email, email)] {
            guard let recipient else { continue }
            let rendered: RenderedMessage?
            do { rendered = try template.render(kind, values) } catch {
                throw .definition(LocalizedMessage(
                    en: "the \(kind.rawValue) template of event \"\(event.rawValue)\" cannot be filled in: \(error)",
                    zh: "事件 \"\(event.rawValue)\" 的 \(kind.rawValue) 模板无法填充：\(error)"))
            }
            guard let rendered else { continue }
            var row = OutboxRecord(
                orderId: state.id, kind: "notification",
                payload: JSONText.object([
                    "event": event.rawValue, "order": state.id, "channel": machine.definition.channel.id, "flow": machine.flow.id.value,
                    "to": Masking.recipient(recipient),
                ]),
                createdAt: now)
            row.event = event.rawValue
            row.channelKind = kind.rawValue
            row.recipient = recipient
            row.subject = rendered.subject
            row.body = rendered.body
            row.idempotencyKey = Self.idempotencyKey(
                order: state.id, event: event, occurrence: occurrence, kind: kind, recipient: recipient)
            row.nextAttemptAt = now
            rows.append(row)
        }
        return rows
    }

    /// `CF…:approved:sms:` (`CF…:invoice_reissued:FP-…-2:email:` with an occurrence) and the first
    /// 16 hex digits of the recipient's SHA-256: the same for every attempt at one message, and
    /// free of personal data (it travels in headers).
    static func idempotencyKey(
        order: String, event: NotificationEvent, occurrence: String?, kind: NotificationChannelKind, recipient: String
    ) -> String {
        let name = occurrence.map { "\(event.rawValue):\($0)" } ?? event.rawValue
        return "\(order):\(name):\(kind.rawValue):\(SHA256Hex.of(recipient.utf8).prefix(16))"
    }

    private static func first(_ names: [String], _ state: OrderState) -> String? {
        for name in names {
            if let text = (state.answers[name] ?? state.outputs[name])?.stringValue, !text.isEmpty { return text }
        }
        return nil
    }
}
