/// Display masks for personal data (domain reference §7), for screens, listings and logs.
///
/// Every mask hides the whole value when it is too short for the convention to hide
/// anything, so a malformed input can never come back unmasked.
public enum Masking {
    /// First 3 and last 4 characters, one `*` per hidden one: `110***********0011`.
    ///
    /// First 6 + last 4 would reveal the county, so it is deliberately not offered.
    public static func residentID(_ value: String) -> String {
        keeping(value, first: 3, last: 4)
    }

    /// First 3 and last 4 digits: `138****5678`.
    public static func mobile(_ value: String) -> String {
        keeping(value, first: 3, last: 4)
    }

    /// Last 4 digits only: `**** 0000`.
    public static func bankCardLastFour(_ value: String) -> String {
        let characters = Array(value)
        // A short value would be mostly revealed by its last four.
        guard characters.count >= 8 else { return "****" }
        return "**** " + String(characters.suffix(4))
    }

    /// First 6 and last 4 digits, one `*` per hidden one: `622202*********0000`.
    public static func bankCardFirstSixLastFour(_ value: String) -> String {
        keeping(value, first: 6, last: 4)
    }

    /// First character, one `*` per other character: `张*`, `欧***`.
    public static func personName(_ value: String) -> String {
        guard let first = value.first else { return "" }
        return String(first) + String(repeating: "*", count: value.count - 1)
    }

    /// First character of the local part, `***`, then the domain: `z***@example.com`.
    public static func email(_ value: String) -> String {
        let bytes = value.utf8
        if isPrintableASCII(bytes) {
            let at = UInt8(ascii: "@")
            guard let sign = bytes.firstIndex(of: at), sign != bytes.startIndex else { return "***" }
            let domain = bytes[bytes.index(after: sign)...]
            guard !domain.contains(at) else { return "***" }
            return String(decoding: [bytes[bytes.startIndex]] + Array("***@".utf8) + domain, as: UTF8.self)
        }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].first else { return "***" }
        return "\(first)***@\(parts[1])"
    }

    /// A notification's recipient, an e-mail address or a mobile number: `l***@example.com`,
    /// `139****5678`. The value says which it is (no mobile number has an `@`), so every place that
    /// shows a recipient (the outbox row, a provider's error, the outbox listing) masks it alike.
    public static func recipient(_ value: String) -> String {
        value.contains("@") ? email(value) : mobile(value)
    }

    /// Keeps `first` leading and `last` trailing characters and stars the rest; stars
    /// everything when nothing would be hidden.
    static func keeping(_ value: String, first: Int, last: Int) -> String {
        let bytes = value.utf8
        if isPrintableASCII(bytes) {
            guard bytes.count > first + last else { return String(repeating: "*", count: bytes.count) }
            var masked = Array(bytes.prefix(first))
            masked += repeatElement(UInt8(ascii: "*"), count: bytes.count - first - last)
            masked += bytes.suffix(last)
            return String(decoding: masked, as: UTF8.self)
        }
        let characters = Array(value)
        guard characters.count > first + last else {
            return String(repeating: "*", count: characters.count)
        }
        let hidden = characters.count - first - last
        return String(characters.prefix(first)) + String(repeating: "*", count: hidden)
            + String(characters.suffix(last))
    }

    /// Whether every byte is a printable ASCII character, as in most numbers and addresses: then
    /// each byte is one character, and a mask can cut the bytes without breaking the text into
    /// characters (most of a mask's cost).
    private static func isPrintableASCII(_ bytes: String.UTF8View) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
