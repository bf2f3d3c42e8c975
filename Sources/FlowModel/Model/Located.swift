public import FlowDiagnostics

/// A value with the place in a file it was read from. The place is not part of the value:
/// it is neither encoded (so content hashes ignore formatting) nor compared.
public struct Located<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var value: Value
    public var path: String
    public var range: SourceRange

    public init(_ value: Value, path: String, range: SourceRange) {
        self.value = value
        self.path = path
        self.range = range
    }

    /// A value made in code rather than read from a file.
    public init(synthesized value: Value) {
        self.init(value, path: "", range: SourceRange(at: SourceLocation(line: 0, column: 0)))
    }

    public init(from decoder: any Decoder) throws {
        self.init(synthesized: try Value(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    public var location: SourceLocation { range.start }
}
