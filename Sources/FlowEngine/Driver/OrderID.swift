import FlowDomain

/// Order numbers: `CF20261125-7K3M9Q` — the day it started (Beijing time), then six random
/// characters of Crockford's base 32 (no I, L, O, U), easy to read out on the phone.
public enum OrderID {
    /// Six characters give about 10⁹ numbers a day, so two orders of a busy day can still draw the
    /// same one; the engine then draws again, at most this many times in all.
    static let attempts = 5

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Six random characters of the alphabet: the engine's default source of suffixes. One draw
    /// of the system's generator gives all six (the alphabet is 32 characters, five bits each):
    /// every draw is a system call.
    @Sendable public static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        var bits = generator.next()
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
