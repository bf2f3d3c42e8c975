/// Renders diagnostics as `path:line:col: severity: message [id]` with the source line and a caret,
/// or as JSON carrying both languages.
public struct DiagnosticRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The text form: the headline, then the source line and a caret under the column when known.
    public func text(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var lines = [headline(diagnostic)]
        if let source, let caret = caretLines(source: source, at: diagnostic.location) {
            lines.append(contentsOf: caret)
        }
        for note in diagnostic.notes {
            let label = Severity.note.label(language)
            lines.append("\(note.path):\(note.location.line):\(note.location.column): \(label): \(note.message.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    /// `path:line:col: severity: message [id]`.
    public func headline(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return "\(diagnostic.path):\(location.line):\(location.column): "
            + "\(diagnostic.severity.label(language)): \(diagnostic.message.text(language)) [\(diagnostic.id)]"
    }

    /// The JSON form, with the message in both languages.
    public static func json(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("path", .string(diagnostic.path)),
            ("line", .integer(diagnostic.range.start.line)),
            ("column", .integer(diagnostic.range.start.column)),
            ("endLine", .integer(diagnostic.range.end.line)),
            ("endColumn", .integer(diagnostic.range.end.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("id", .string(diagnostic.id)),
            ("message", .object([("en", .string(diagnostic.message.en)), ("zh", .string(diagnostic.message.zh))])),
            ("notes", .array(diagnostic.notes.map { note in
                .object([
                    ("path", .string(note.path)),
                    ("line", .integer(note.location.line)),
                    ("column", .integer(note.location.column)),
                    ("message", .object([("en", .string(note.message.en)), ("zh", .string(note.message.zh))])),
                ])
            })),
        ])
    }

    /// The source line and a caret under the column. Tabs are kept and East Asian wide characters
    /// take two cells, so the caret lands under the character in a terminal. A very long line (a
    /// minified file, 200,000 nested brackets) is cut to a window around the column.
    private func caretLines(source: SourceFile, at location: SourceLocation) -> [String]? {
        guard let line = source.lineText(location.line) else { return nil }
        var scalars = Array(line.unicodeScalars)
        var column = max(0, location.column - 1)
        var prefix = ""
        if scalars.count > Self.maxShownScalars {
            let start = max(0, min(column - Self.maxShownScalars / 2, scalars.count - Self.maxShownScalars))
            let end = min(scalars.count, start + Self.maxShownScalars)
            prefix = start > 0 ? "…" : ""
            scalars = Array(scalars[start..<end]) + (end < line.unicodeScalars.count ? ["…"] : [])
            column -= start
        }
        let shown = prefix + String(String.UnicodeScalarView(scalars.map(DiagnosticRenderer.printable)))
        var padding = prefix.isEmpty ? "" : " "
        for scalar in scalars.prefix(column) {
            if scalar == "\t" {
                padding += "\t"
            } else if DisplayWidth.isWide(scalar) {
                padding += "  "
            } else {
                padding += " "
            }
        }
        return [shown, padding + "^"]
    }

    /// The most characters of a source line shown under a diagnostic.
    static let maxShownScalars = 160

    /// Control characters would corrupt a terminal; show them as the replacement character.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return scalar }
        if scalar.value < 0x20 || scalar.value == 0x7F { return "\u{FFFD}" }
        return scalar
    }
}
