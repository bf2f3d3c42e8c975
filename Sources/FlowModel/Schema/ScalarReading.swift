import FlowDomain
import FlowYAML

/// Reading typed values out of scalars, shared by the schema check and the decoders.
enum ScalarReading {
    /// An amount in yuan (`300`, `"300.00"`, `0.5`) in fen, or nil.
    static func fen(_ node: YAMLNode) -> Int64? {
        guard let scalar = node.scalar else { return nil }
        switch scalar.value {
        case .int, .float, .string:
            return try? Money(yuan: scalar.text).fen
        default:
            return nil
        }
    }

    /// A `YYYY-MM-DD` date, or nil.
    static func date(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}

extension String {
    /// The text with its first character lower-cased, for messages that start lower-case.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
