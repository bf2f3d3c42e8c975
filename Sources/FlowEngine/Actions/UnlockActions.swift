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

/// `reset_pin`: an unlock authorisation code of this order (sent by SMS or transfer memo,
/// verified in the business check, or granted by the channel) releases the reset.
struct ResetPIN: ActionPerformer {
    private static let purposes: Set<String> = ["unlock", "authorised_unlock"]

    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let code = try context.string("code")
        let newPIN = try context.string("new_pin")
        let now = context.clock.now()
        let records: [OneTimeCodeRecord]
        do {
            records = try (context.earlier.codes.reversed() + context.store.codes(of: context.orderID))
                .filter { Self.purposes.contains($0.purpose) && $0.expiresAt >= now }
        } catch {
            throw .provider(LocalizedMessage(en: "cannot read the unlock code: \(error)", zh: "无法读取解锁授权码：\(error)"))
        }
        var effects = ActionEffects()
        guard var newest = records.first else {
            return .failure(ActionRejection(message: LocalizedMessage(
                en: "no valid unlock authorisation code was issued for this order", zh: "本订单没有有效的解锁授权码"), effects: effects))
        }
        // A code already used to pass the business check still authorises this one reset; a
        // code granted later does not invalidate the one the applicant holds.
        guard records.contains(where: { OneTimeCodes.matches(code, $0.codeHash) }) else {
            newest.wrongTries += 1
            effects.codes.append(newest)
            let left = OneTimeCodes.maxWrongTries - newest.wrongTries
            let message = left > 0
                ? LocalizedMessage(en: "wrong authorisation code; \(left) tries left", zh: "授权码错误，还可尝试 \(left) 次")
                : LocalizedMessage(en: "too many wrong codes; request a new one", zh: "授权码错误次数过多，请重新获取")
            return .failure(ActionRejection(message: message, effects: effects))
        }
        guard newest.wrongTries < OneTimeCodes.maxWrongTries else {
            return .failure(ActionRejection(message: LocalizedMessage(
                en: "too many wrong codes; request a new one", zh: "授权码错误次数过多，请重新获取"), effects: effects))
        }
        do { try await context.providers.ukey.resetPIN(newPIN: newPIN) } catch { throw .provider(error.message) }
        effects.outputs["unlock.done"] = .bool(true)
        effects.detail = ["provider": context.providers.ukey.kind.rawValue]
        effects.outbox += try context.notify(.unlockDone, ["serial": Notify.fact(context, Notify.serialSources)])
        return .success(effects)
    }
}
