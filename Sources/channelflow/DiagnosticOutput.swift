import ArgumentParser
import FlowDiagnostics

/// How diagnostics are written to standard error.
enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument {
    /// `path:line:col: error: message [id]`, the source line and a caret.
    case text
    /// One JSON object per line, with the message in English and Chinese.
    case json
}

/// Writes diagnostics in the chosen format and language.
struct DiagnosticPrinter {
    var format: DiagnosticFormat
    var language: Language

    func print(_ diagnostic: Diagnostic, source: SourceFile?) {
        switch format {
        case .text:
            Terminal.printError(DiagnosticRenderer(language: language).text(diagnostic, source: source))
        case .json:
            Terminal.printError(JSONWriter().string(DiagnosticRenderer.json(diagnostic)))
        }
    }

    /// Reports an input that could not be read at all (exit 2 territory).
    func printUnreadable(_ message: LocalizedMessage, path: String) {
        let diagnostic = Diagnostic(
            path: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            severity: .error, id: "input-unreadable", message: message
        )
        switch format {
        case .text:
            Terminal.printError("channelflow: \(message.text(language))")
        case .json:
            Terminal.printError(JSONWriter().string(DiagnosticRenderer.json(diagnostic)))
        }
    }
}
