import FlowDiagnostics

/// Small JSON texts for event details and outbox payloads, with sorted keys so equal content
/// gives equal text.
enum JSONText {
    /// Written straight out, as `JSONWriter` writes an object of strings: every event of every
    /// step has one.
    static func object(_ values: [String: String]) -> String {
        object(values) { value, output in JSONWriter.appendQuoted(value, to: &output) }
    }

    /// `{"key":value,…}` with the keys sorted, each value written by `append`; `{}` when empty
    /// (most events of a step, entered or completed, carry no detail).
    static func object<Value>(_ members: [String: Value], _ append: (Value, inout String) -> Void) -> String {
        if members.isEmpty { return "{}" }
        var output = "{"
        for (index, (key, value)) in members.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { output += "," }
            JSONWriter.appendQuoted(key, to: &output)
            output += ":"
            append(value, &output)
        }
        output += "}"
        return output
    }

    /// The string members of an object as ``object(_:)`` writes it; other members are left out.
    static func strings(_ text: String) -> [String: String] {
        guard case let .object(members)? = JSONScanner.parse(text) else { return [:] }
        var strings: [String: String] = [:]
        for (key, value) in members {
            if case let .string(string) = value { strings[key] = string }
        }
        return strings
    }
}
