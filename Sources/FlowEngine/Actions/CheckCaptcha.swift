import FlowDiagnostics
import FlowStore

/// `check_captcha`: the random code shown as the step was entered. One try per code: a wrong or
/// stale code is used up and a new one is shown with the refusal; at most
/// ``AbuseLimits/captchaPerOrder`` tries an hour per order.
struct CheckCaptcha: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let typed = CaptchaChallenge.normalize(try context.string("code"))
        var effects = ActionEffects()
        if let refusal = try await AbuseLimits.admit(AbuseLimits.captchaPerOrder, key: context.orderID, context) {
            return .failure(ActionRejection(message: refusal, effects: effects))
        }
        let record: OneTimeCodeRecord?
        do {
            record = try context.earlier.codes.last { $0.purpose == CaptchaChallenge.purpose }
                ?? context.store.code(order: context.orderID, purpose: CaptchaChallenge.purpose, recipientHash: CaptchaChallenge.recipientKey)
        } catch {
            throw .storage(LocalizedMessage(en: "cannot read the random code: \(error)", zh: "无法读取随机码：\(error)"))
        }
        let (checked, failure) = OneTimeCodes.check(typed, record, now: context.clock.now())
        guard failure != nil else {
            if let checked { effects.codes.append(checked) }
            effects.outputs["captcha.verified"] = .bool(true)
            effects.detail["result"] = "verified"
            return .success(effects)
        }
        let (code, fresh) = CaptchaChallenge.issue(order: context.orderID, now: context.clock.now())
        do { try context.providers.captcha.show(code, order: context.orderID) } catch { throw .provider(error.message) }
        effects.codes.append(fresh)
        effects.detail["result"] = "refused"
        let picture = CaptchaImage(code).text
        return .failure(ActionRejection(message: LocalizedMessage(
            en: "the random code is wrong, used or expired; type the new one:\n\(picture)",
            zh: "随机码错误、已使用或已过期，请输入新的随机码：\n\(picture)"),
            effects: effects))
    }
}
