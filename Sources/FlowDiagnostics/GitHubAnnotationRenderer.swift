/// Renders diagnostics as GitHub Actions workflow commands, one line each, so a CI run annotates
/// the files it checked: `::error file=PATH,line=L,col=C,endLine=L,endColumn=C::MESSAGE`.
///
/// The runner reads these commands from a step's output. Escaping follows the runner's parser (as
/// actions/toolkit's `escapeData` and `escapeProperty` do): a property value must not contain the `,`
/// that separates properties or the `:` that ends them, and no value may contain a raw line break,
/// which would end the command early. GitHub shows only the first few annotations of each level per
/// step; every line still appears in the log.
public struct GitHubAnnotationRenderer: Sendable {
    /// The language of the message and note text.
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Every diagnostic of the run as an annotation line, each line ending in a newline.
    public func render(_ report: DiagnosticReport) -> String {
        report.diagnostics.map { annotation($0) + "\n" }.joined()
    }

    /// One `::error|warning|notice …::message` line; notes follow the message as escaped line breaks,
    /// so the annotation shows them on lines of their own.
    public func annotation(_ diagnostic: Diagnostic) -> String {
        let properties = [("file", diagnostic.path)] + position(diagnostic.range) + [("title", diagnostic.id)]
        let list = properties.map { key, value in "\(key)=\(GitHubAnnotationRenderer.escapeProperty(value))" }
        return "::\(command(diagnostic.severity)) \(list.joined(separator: ","))::"
            + GitHubAnnotationRenderer.escapeData(message(diagnostic))
    }

    /// GitHub has no `note` level; `notice` is its informational one.
    private func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The message, then each note as `path:line:col: note: text` like the text form, so a reader of
    /// the annotation sees where a duplicate first appeared without opening the log.
    private func message(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.message.text(language)]
        for note in diagnostic.notes {
            let location = note.location.clamped
            lines.append("\(note.path):\(location.line):\(location.column): "
                + "\(Severity.note.label(language)): \(note.message.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    /// `line`/`col`/`endLine`/`endColumn` for a range.
    ///
    /// GitHub's `endColumn` is inclusive (it defaults to `col` for a one-character annotation) while
    /// a `SourceRange` ends before its `end`, hence the `- 1`. The runner drops `col` and `endColumn`
    /// whenever `line` and `endLine` differ, so a range over several lines is reported at its start:
    /// the `line:col` the text form prints matters more than the extent.
    private func position(_ range: SourceRange) -> [(String, String)] {
        let range = range.clamped
        let start = range.start
        guard range.end.line == start.line else {
            return [("line", String(start.line)), ("col", String(start.column))]
        }
        return [
            ("line", String(start.line)),
            ("col", String(start.column)),
            ("endLine", String(start.line)),
            ("endColumn", String(max(start.column, range.end.column - 1))),
        ]
    }

    /// Escapes a command's data (the message): `%` first so the other escapes stay unambiguous.
    static func escapeData(_ text: String) -> String {
        escape(text, isProperty: false)
    }

    /// Escapes a property value: as data, plus `:` and `,`, which delimit properties.
    static func escapeProperty(_ text: String) -> String {
        escape(text, isProperty: true)
    }

    private static func escape(_ text: String, isProperty: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where isProperty: output += "%3A"
            case "," where isProperty: output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
