import FlowDiagnostics
import FlowDomain
import FlowModel
import FlowStore
import Foundation

/// `check_unlock_history`: whether the certificate was unlocked before, and by whose mobile.
struct CheckUnlockHistory: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let serial = try context.string("serial")
        var effects = ActionEffects()
        let previous: OrderRecord?
        let answers: [String: String]
        do {
            previous = try context.store.orders(OrderFilter(status: .completed, flow: context.machine.flow.id.value))
                .first { $0.guardKey == serial && $0.id != context.orderID }
            answers = try previous.map { try context.store.answers(of: $0.id) } ?? [:]
        } catch {
            throw .provider(LocalizedMessage(en: "cannot read the unlock history: \(error)", zh: "无法读取解锁记录：\(error)"))
        }
        effects.outputs["unlock.first_time"] = .bool(previous == nil)
        if let text = answers["agent_mobile"], case let .string(mobile)? = OrderValue(json: text) {
            effects.outputs["unlock.previous_agent_mobile"] = .string(mobile)
            effects.detail["previous_agent_mobile"] = Masking.mobile(mobile)
        }
        effects.detail["first_time"] = previous == nil ? "yes" : "no"
        return .success(effects)
    }
}

/// `send_unlock_code`: a fresh authorisation code by SMS to the legal representative, or as the
/// memo of a one-cent transfer to the company's account.
struct SendUnlockCode: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let via = try context.string("via")
        let code = OneTimeCodes.generate(digits: 8)
        let now = context.clock.now()
        var effects = ActionEffects()
        var recipient = "transfer:" + context.orderID
        switch via {
        case "sms":
            let mobile = try context.string("mobile")
            recipient = mobile
            let message = SMSMessage(
                to: mobile, text: "【ChannelFlow】UKEY 解锁授权码 \(code)。Your UKEY unlock authorisation code is \(code).",
                purpose: "unlock", code: code)
            do { try await context.providers.sms.send(message) } catch { throw .provider(error.message) }
            effects.detail = ["via": via, "to": Masking.mobile(mobile), "provider": context.providers.sms.kind.rawValue]
        case "one_cent_transfer":
            let outcome: TransferOutcome
            do { outcome = try await context.providers.transfer.sendOneCent(orderID: context.orderID, memo: code) } catch {
                throw .provider(error.message)
            }
            if case .pending = outcome { effects.wait = .oneCentTransfer }
            effects.detail = ["via": via, "provider": context.providers.transfer.kind.rawValue]
        default:
            throw .definition(LocalizedMessage(en: "unknown way to send the unlock code: \(via)", zh: "未知的授权码发送方式：\(via)"))
        }
        effects.codes.append(OneTimeCodeRecord(
            orderId: context.orderID, purpose: "unlock", recipientHash: OneTimeCodes.recipientKey(recipient),
            codeHash: OneTimeCodes.hash(code), sentAt: now, expiresAt: now + 24 * 3_600_000))
        effects.outputs["unlock.code_sent"] = .bool(true)
        return .success(effects)
    }
}
