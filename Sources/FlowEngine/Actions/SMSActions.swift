import FlowDiagnostics
import FlowModel
import FlowDomain
import FlowStore

/// `send_sms_code`: a fresh 6-digit code, stored as a hash, delivered by the SMS gateway; at most
/// ``AbuseLimits/smsPerPhone`` per phone and ``AbuseLimits/smsPerSubject`` per subject an hour.
struct SendSMSCode: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let phone = try AgentDirectory.mobile(try context.string("to"), context)
        let purpose = try context.string("purpose")
        let now = context.clock.now()
        let key = OneTimeCodes.recipientKey(phone)
        var effects = ActionEffects()
        effects.detail = ["to": Masking.mobile(phone), "purpose": purpose, "provider": context.providers.sms.kind.rawValue]
        if let previous = try? context.store.code(order: context.orderID, purpose: purpose, recipientHash: key),
           !previous.used, now - previous.sentAt < OneTimeCodes.resendCooldownMilliseconds
        {
            // A code sent moments ago is still valid: re-entering the step must not spam the phone.
            effects.outputs["sms.sent"] = .bool(true)
            effects.detail["result"] = "cool-down"
            return .success(effects)
        }
        if let refusal = try await AbuseLimits.admit(AbuseLimits.smsPerPhone, key: key, context) {
            return .failure(ActionRejection(message: refusal, effects: ActionEffects()))
        }
        if let subject = context.state.subject ?? context.value("uscc")?.stringValue,
           let refusal = try await AbuseLimits.admit(AbuseLimits.smsPerSubject, key: subject, context)
        {
            return .failure(ActionRejection(message: refusal, effects: ActionEffects()))
        }
        let code = OneTimeCodes.generate()
        let message = SMSMessage(
            to: phone,
            text: "【ChannelFlow】验证码 \(code)，5 分钟内有效，请勿告诉他人。Your code is \(code), valid for 5 minutes.",
            purpose: purpose, code: code)
        do { try await context.providers.sms.send(message) } catch { throw .provider(error.message) }
        effects.codes.append(OneTimeCodeRecord(
            orderId: context.orderID, purpose: purpose, recipientHash: key, codeHash: OneTimeCodes.hash(code),
            sentAt: now, expiresAt: now + OneTimeCodes.lifetimeMilliseconds))
        effects.outputs["sms.sent"] = .bool(true)
        effects.detail["result"] = "sent"
        return .success(effects)
    }
}

/// `check_sms_code`: at most 5 wrong tries, 5 minutes, single use; at most
/// ``AbuseLimits/wrongCodesPerOrder`` wrong codes an hour per order.
struct CheckSMSCode: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let phone = try AgentDirectory.mobile(try context.string("to"), context)
        let code = try context.string("code")
        let key = OneTimeCodes.recipientKey(phone)
        if let refusal = try AbuseLimits.exceeded(AbuseLimits.wrongCodesPerOrder, key: context.orderID, context) {
            return .failure(ActionRejection(message: refusal, effects: ActionEffects()))
        }
        let record: OneTimeCodeRecord?
        do {
            // A code sent in this same run (the step's entry ran again) is not committed yet.
            record = try context.earlier.codes.last { $0.recipientHash == key }
                ?? context.store.latestCode(order: context.orderID, recipientHash: key)
        } catch {
            throw .provider(LocalizedMessage(en: "cannot read the sent code: \(error)", zh: "无法读取已发送的验证码：\(error)"))
        }
        let (updated, failure) = OneTimeCodes.check(code, record, now: context.clock.now())
        var effects = ActionEffects()
        if let updated { effects.codes.append(updated) }
        effects.detail = ["to": Masking.mobile(phone)]
        if let failure {
            if let updated, updated.wrongTries > record?.wrongTries ?? 0 {
                try await AbuseLimits.count(AbuseLimits.wrongCodesPerOrder, key: context.orderID, context)
            }
            return .failure(ActionRejection(message: failure, effects: effects))
        }
        effects.outputs["sms.verified"] = .bool(true)
        effects.detail["result"] = "verified"
        return .success(effects)
    }
}
