import FlowDiagnostics
import FlowModel

/// Lines of a YAML file being written, each key with its schema summary as a comment above it.
struct ScaffoldWriter {
    private(set) var text = ""
    /// Nesting level, two spaces each.
    var indent = 0

    mutating func line(_ content: String) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }

    mutating func blank() {
        text += "\n"
    }

    mutating func comment(_ content: String) {
        line("# " + content)
    }

    /// `# summary (en) · summary (zh)` then `key: value` (or `key:` when the value follows below).
    mutating func key(_ key: String, _ value: String?, schema: ObjectSchema) {
        if let summary = schema.property(key)?.summary { comment("\(summary.en) · \(summary.zh)") }
        line(key + ":" + (value.map { " " + $0 } ?? ""))
    }
}
