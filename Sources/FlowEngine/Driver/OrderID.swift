import FlowDomain
import Foundation

/// Order numbers: `CF20261125-7K3M9Q` — the day it started (Beijing time), then six random
/// characters of Crockford's base 32 (no I, L, O, U), easy to read out on the phone.
enum OrderID {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    static func make(today: CivilDate) -> String {
        var generator = SystemRandomNumberGenerator()
        let suffix = String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        let date = today.description.filter { $0 != "-" }
        return "CF\(date)-\(suffix)"
    }
}
