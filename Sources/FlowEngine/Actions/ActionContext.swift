import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore

/// What an action may read and use while it runs. Writes go into ``ActionEffects``.
struct ActionContext: Sendable {
    let orderID: String
    let state: OrderState
    let machine: OrderMachine
    let arguments: [String: OrderValue]
    let uploads: [String: MaterialUpload]
    let store: OrderStore
    let providers: Providers
    let clock: any EngineClock
    let calendar: WorkingCalendar
    /// Outputs of the actions that already ran in this step.
    let earlier: ActionEffects
    /// For actions on other orders (cancel or continue one found by a query).
    let engine: FlowEngine
    let notifier: Notifier

    /// The outbox rows announcing `event` for this order; `facts` fill the event's own placeholders.
    func notify(_ event: NotificationEvent, _ facts: [String: LocalizedText] = [:]) throws(EngineError) -> [OutboxRecord] {
        try notifier.messages(event, state: state, machine: machine, facts: facts, now: clock.now())
    }

    func string(_ name: String) throws(EngineError) -> String {
        guard case let .string(value)? = arguments[name] else { throw missing(name) }
        return value
    }

    func optionalString(_ name: String) -> String? {
        arguments[name]?.stringValue
    }

    func money(_ name: String) throws(EngineError) -> Money {
        guard case let .money(value)? = arguments[name] else { throw missing(name) }
        return value
    }

    func int(_ name: String) throws(EngineError) -> Int64 {
        guard case let .int(value)? = arguments[name] else { throw missing(name) }
        return value
    }

    /// An answer or output by name, as text.
    func value(_ name: String) -> OrderValue? {
        earlier.outputs[name] ?? state.answers[name] ?? state.outputs[name]
    }

    /// The certificate `issue_certificate` issued earlier in this step, which `action` needs.
    func issuedEarlier(for action: String) throws(EngineError) -> IssuedCertificate {
        guard let certificate = earlier.issued else {
            throw .definition(LocalizedMessage(
                en: "\(action) needs issue_certificate earlier in the same step",
                zh: "\(action) 之前须在同一步骤执行 issue_certificate"))
        }
        return certificate
    }

    private func missing(_ name: String) -> EngineError {
        .definition(LocalizedMessage(
            en: "the action has no value for its argument `\(name)` at this point",
            zh: "此时动作参数 `\(name)` 没有取值"))
    }
}
