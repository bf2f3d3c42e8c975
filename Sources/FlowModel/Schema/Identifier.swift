/// The ids of flows, channels, steps, fields, materials and options: `snake_case`, so they read
/// unambiguously inside expressions (`agent_method == "agent_phone"`).
public enum Identifier {
    /// A lower-case letter, then lower-case letters, digits and underscores.
    public static func isValid(_ text: String) -> Bool {
        isValid(utf8: text.utf8)
    }

    /// `isValid` on UTF-8 bytes: the schema check reads ids straight from the YAML tree.
    public static func isValid<Bytes: Collection<UInt8>>(utf8: Bytes) -> Bool {
        guard let first = utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        return utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
        }
    }
}
