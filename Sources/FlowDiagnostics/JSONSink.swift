/// Receives a JSON document as a stream of events, so producers can write output without first
/// building a `JSONValue` (whose release is recursive, one frame per level of nesting).
public protocol JSONSink {
    mutating func beginObject()
    mutating func beginArray()
    /// The next member's key; only inside an object, before each member's value.
    mutating func key(_ key: String)
    /// A value that is not a container (null, bool, number or string).
    mutating func scalar(_ value: JSONValue)
    /// Closes the innermost object or array.
    mutating func end()
}
