import FlowDiagnostics
import FlowModel
import FlowStore
import Foundation

/// Generating, hashing and checking one-time codes (SMS codes, unlock authorisation codes).
/// Only a salted hash is stored; the code itself leaves the process once, to the gateway.
enum OneTimeCodes {
    static let lifetimeMilliseconds: Int64 = 5 * 60 * 1000
    static let maxWrongTries: Int64 = 5
    static let resendCooldownMilliseconds: Int64 = 60 * 1000

    /// A uniformly random code of `digits` decimal digits.
    static func generate(digits: Int = 6) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// `salt$sha256(salt + code)`, both hex.
    static func hash(_ code: String) -> String {
        let salt = Hex.random(bytes: 16)
        return salt + "$" + digest(salt + code)
    }

    static func matches(_ code: String, _ stored: String) -> Bool {
        guard let separator = stored.firstIndex(of: "$") else { return false }
        let salt = String(stored[..<separator])
        return digest(salt + code) == String(stored[stored.index(after: separator)...])
    }

    /// The key a recipient is stored under: a hash, never the number.
    static func recipientKey(_ recipient: String) -> String {
        digest(recipient)
    }

    private static func digest(_ text: String) -> String {
        SHA256Hex.of(text.utf8)
    }

    /// Checks `code` against the stored record and returns the record as it must be saved
    /// (a wrong try counted, or the code used up), with the message when it fails.
    static func check(_ code: String, _ record: OneTimeCodeRecord?, now: Int64) -> (record: OneTimeCodeRecord?, failure: LocalizedMessage?) {
        guard var record else {
            return (nil, LocalizedMessage(en: "no code was sent for this step; request one", zh: "尚未发送验证码，请先获取"))
        }
        if record.used {
            return (record, LocalizedMessage(en: "this code was already used; request a new one", zh: "验证码已使用，请重新获取"))
        }
        if now > record.expiresAt {
            return (record, LocalizedMessage(en: "the code has expired; request a new one", zh: "验证码已过期，请重新获取"))
        }
        if record.wrongTries >= maxWrongTries {
            return (record, LocalizedMessage(
                en: "too many wrong codes; request a new one", zh: "验证码错误次数过多，请重新获取"))
        }
        guard matches(code, record.codeHash) else {
            record.wrongTries += 1
            let left = maxWrongTries - record.wrongTries
            return (record, LocalizedMessage(
                en: "wrong code; \(left) tries left", zh: "验证码错误，还可尝试 \(left) 次"))
        }
        record.used = true
        return (record, nil)
    }
}
