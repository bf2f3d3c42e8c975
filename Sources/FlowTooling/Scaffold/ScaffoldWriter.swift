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

    /// A mapping-valued key and its entries one level deeper, each with its comment above it; nothing
    /// when there are no entries.
    mutating func section(_ key: String, schema: ObjectSchema, _ entries: [(comment: String?, lines: [String])]) {
        guard !entries.isEmpty else { return }
        self.key(key, nil, schema: schema)
        indent += 1
        for entry in entries {
            if let comment = entry.comment { self.comment(comment) }
            for line in entry.lines { self.line(line) }
        }
        indent -= 1
    }

    /// `# summary (en) · summary (zh)` then `key: value` (or `key:` when the value follows below).
    mutating func key(_ key: String, _ value: String?, schema: ObjectSchema) {
        if let summary = schema.property(key)?.summary { comment("\(summary.en) · \(summary.zh)") }
        line(key + ":" + (value.map { " " + $0 } ?? ""))
    }
}
