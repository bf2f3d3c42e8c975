public import Foundation

/// The content hash of a compiled flow: SHA-256 over a canonical JSON form (sorted keys, no
/// positions), so the same meaning gives the same hash whatever the formatting or key order.
public enum ContentHash {
    static func of(_ compiled: CompiledFlow) -> String {
        SHA256Hex.of(canonical(compiled))
    }

    /// The canonical JSON form the hash is taken over; it decodes back to the compiled flow.
    public static func canonical(_ compiled: CompiledFlow) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; an empty body would still hash deterministically.
        return (try? encoder.encode(compiled)) ?? Data()
    }
}
