import FlowDiagnostics

/// Small JSON texts for event details and outbox payloads, with sorted keys so equal content
/// gives equal text.
enum JSONText {
    static func object(_ values: [String: String]) -> String {
        // Most events of a step (entered, completed) carry no detail.
        if values.isEmpty { return "{}" }
        return JSONWriter().string(.object(values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
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
