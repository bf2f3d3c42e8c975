import ArgumentParser
import FlowDiagnostics

/// The output formats of `channelflow lint`.
enum LintOutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// `path:line:col: severity: message [rule-id]`, the source line and a caret.
    case text
    /// One JSON document with every diagnostic in both languages and a summary.
    case json
    /// GitHub Actions workflow annotations.
    case github
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
}

/// Prints a lint report on standard output in the chosen format.
struct LintOutput {
    var format: LintOutputFormat
    var language: Language

    func print(_ report: DiagnosticReport, sources: [SourceFile]) {
        switch format {
        case .text:
            let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            let renderer = DiagnosticRenderer(language: language)
            for diagnostic in report.diagnostics {
                Terminal.printOut(renderer.text(diagnostic, source: byPath[diagnostic.path]))
            }
            let summary = report.summary
            let line = language == .zh
                ? "\(summary.files) 个文件：\(summary.errors) 个错误，\(summary.warnings) 个警告"
                : "\(summary.files) files: \(summary.errors) errors, \(summary.warnings) warnings"
            Terminal.printError(line)
        case .json:
            Terminal.printOut(JSONWriter(pretty: true).string(DiagnosticRenderer.json(report)))
        case .github:
            let text = GitHubAnnotationRenderer(language: language).render(report)
            if !text.isEmpty { Terminal.printOut(text) }
        case .sarif:
            Terminal.printOut(SARIFRenderer(language: language, toolVersion: ChannelFlowVersion.current,
                                            informationURI: ChannelFlowVersion.informationURI).render(report))
        }
    }
}

/// The version the tools report about themselves.
enum ChannelFlowVersion {
    static let current = "0.1.0"
    static let informationURI = "https://example.invalid/channelflow"
}
