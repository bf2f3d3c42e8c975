import FlowDiagnostics
import FlowStore

/// The fixed abuse limits (one hour windows): SMS codes per phone and per subject, wrong codes
/// per order, captcha attempts per order. Counted in the database (``OrderStore/admit(_:key:at:)``).
enum AbuseLimits {
    private static let hour: Int64 = 60 * 60 * 1000
    static let smsPerPhone = AbuseLimit(scope: "sms-phone", maximum: 5, windowMilliseconds: hour)
    static let smsPerSubject = AbuseLimit(scope: "sms-subject", maximum: 10, windowMilliseconds: hour)
    static let wrongCodesPerOrder = AbuseLimit(scope: "wrong-code-order", maximum: 10, windowMilliseconds: hour)
    static let captchaPerOrder = AbuseLimit(scope: "captcha-order", maximum: 10, windowMilliseconds: hour)

    /// Counts an attempt; refuses with the time to wait when the limit is reached.
    static func admit(_ limit: AbuseLimit, key: String, _ context: ActionContext) async throws(EngineError) -> LocalizedMessage? {
        let wait: Int64?
        do { wait = try await context.store.admit(limit, key: key, at: context.clock.now()) } catch { throw .storage(error) }
        return wait.map { refusal(limit, wait: $0) }
    }

    static func exceeded(_ limit: AbuseLimit, key: String, _ context: ActionContext) throws(EngineError) -> LocalizedMessage? {
        let wait: Int64?
        do { wait = try context.store.exceeded(limit, key: key, at: context.clock.now()) } catch { throw .storage(error) }
        return wait.map { refusal(limit, wait: $0) }
    }

    static func count(_ limit: AbuseLimit, key: String, _ context: ActionContext) async throws(EngineError) {
        do { try await context.store.count(limit, key: key, at: context.clock.now()) } catch { throw .storage(error) }
    }

    static func refusal(_ limit: AbuseLimit, wait: Int64) -> LocalizedMessage {
        let minutes = (wait + 59_999) / 60_000
        let (en, zh): (String, String) = switch limit.scope {
        case smsPerPhone.scope: ("too many codes were sent to this phone", "该手机号获取验证码过于频繁")
        case smsPerSubject.scope: ("too many codes were sent for this organisation", "该单位获取验证码过于频繁")
        case wrongCodesPerOrder.scope: ("too many wrong codes", "验证码错误次数过多")
        default: ("too many random-code attempts", "随机码尝试次数过多")
        }
        return LocalizedMessage(
            en: "\(en) (at most \(limit.maximum) an hour); try again in \(minutes) min",
            zh: "\(zh)（每小时最多 \(limit.maximum) 次），请 \(minutes) 分钟后再试")
    }
}
