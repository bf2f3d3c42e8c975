import FlowStore

/// The random code shown on screen (随机码): random letters and digits without look-alikes,
/// stored only as a salted hash with an expiry, good for one try.
enum CaptchaChallenge {
    /// No 0/O, 1/I/L: a person must be able to read it back.
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    static let length = 5
    static let lifetimeMilliseconds: Int64 = 2 * 60 * 1000
    /// The one_time_code row a captcha lives in (one current captcha per order).
    static let purpose = "captcha"
    static let recipientKey = OneTimeCodes.recipientKey("captcha")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A fresh challenge for `order`: the code (to show, never to store) and the record of its hash.
    static func issue(order: String, now: Int64) -> (code: String, record: OneTimeCodeRecord) {
        let code = generate()
        return (code, OneTimeCodeRecord(
            orderId: order, purpose: purpose, recipientHash: recipientKey, codeHash: OneTimeCodes.hash(code),
            sentAt: now, expiresAt: now + lifetimeMilliseconds))
    }

    /// Case does not matter to people typing it.
    static func normalize(_ typed: String) -> String {
        typed.uppercased().filter { !$0.isWhitespace }
    }
}
