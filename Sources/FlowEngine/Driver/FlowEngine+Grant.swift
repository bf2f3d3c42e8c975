import FlowDiagnostics
import FlowModel
import FlowStore

extension FlowEngine {
    /// The channel's side of an authorised unlock: issues a one-time authorisation code for an
    /// open unlock order (stored only as a hash, valid 24 hours) and returns it once, for the
    /// channel to hand to the applicant.
    public func grantUnlock(_ id: String) throws(EngineError) -> String {
        let loaded = try load(id, fresh: true)
        guard loaded.record.status.isOpen, loaded.machine.flow.allFields.contains(where: { $0.id.value == "authorisation_code" }) else {
            throw .notAllowed(LocalizedMessage(
                en: "order \(id) is not an open unlock order that takes an authorisation code",
                zh: "订单 \(id) 不是需要授权码的未完成解锁订单"))
        }
        guard loaded.machine.definition.setting("authorised_unlock") == .bool(true) else {
            throw .notAllowed(LocalizedMessage(
                en: "channel \(loaded.record.channel) does not unlock by authorisation",
                zh: "渠道 \(loaded.record.channel) 未配置授权解锁"))
        }
        let code = OneTimeCodes.generate(digits: 8)
        let now = clock.now()
        let record = OneTimeCodeRecord(
            orderId: id, purpose: "authorised_unlock", recipientHash: OneTimeCodes.recipientKey("channel:" + loaded.record.channel),
            codeHash: OneTimeCodes.hash(code), sentAt: now, expiresAt: now + 24 * 3_600_000)
        let event = EventRecord(orderId: id, at: now, kind: "unlock_granted", step: loaded.record.step, detail: JSONText.object(["channel": loaded.record.channel]))
        do { try store.append([event], codes: [record]) } catch { throw .storage(error) }
        return code
    }
}
