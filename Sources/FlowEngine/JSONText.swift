import FlowDiagnostics

/// Small JSON texts for event details and outbox payloads, with sorted keys so equal content
/// gives equal text.
enum JSONText {
    static func object(_ values: [String: String]) -> String {
        JSONWriter().string(.object(values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }
}
