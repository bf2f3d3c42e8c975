internal import Crypto

/// SHA-256 in lower-case hex: content hashes of flows and materials, hashes of one-time codes.
public enum SHA256Hex {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        Hex.of(SHA256.hash(data: Array(bytes)))
    }
}
