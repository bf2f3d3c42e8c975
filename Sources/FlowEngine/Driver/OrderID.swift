import FlowDomain

/// Order numbers: `CF20261125-7K3M9Q` — the day it started (Beijing time), then six random
/// characters of Crockford's base 32 (no I, L, O, U), easy to read out on the phone.
public enum OrderID {
    /// Six characters give about 10⁹ numbers a day, so two orders of a busy day can still draw the
    /// same one; the engine then draws again, at most this many times in all.
    static let attempts = 5

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Six random characters of the alphabet: the engine's default source of suffixes. One draw
    /// of the system's generator gives all six: on Linux every draw is a system call.
    @Sendable public static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        return suffix(bits: generator.next())
    }

    /// Six characters from the low 30 bits, five each, lowest first: the alphabet has 32
    /// characters, so every character is equally likely.
    static func suffix(bits: UInt64) -> String {
        var bits = bits
        var suffix = ""
        for _ in 0..<6 {
            suffix.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return suffix
    }

    static func make(today: CivilDate, suffix: String) -> String {
        let date = today.description.filter { $0 != "-" }
        return "CF\(date)-\(suffix)"
    }
}
