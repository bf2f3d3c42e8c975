/// Bytes in lower-case hex: digests, salts, keys and tokens.
public enum Hex {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return byte < 0x10 ? "0" + digits : digits
        }.joined()
    }

    /// `count` bytes from the system's secure random source, in hex.
    public static func random(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return of((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }
}
