internal import Crypto
import Foundation

/// The content hash of a compiled flow: SHA-256 over a canonical JSON form (sorted keys, no
/// positions), so the same meaning gives the same hash whatever the formatting or key order.
enum ContentHash {
    static func of(_ compiled: CompiledFlow) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; an empty body would still hash deterministically.
        let data = (try? encoder.encode(compiled)) ?? Data()
        return SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
