import FlowDiagnostics
import FlowYAML

/// Loads text as `test.yaml` with the default limits.
func load(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLNode] {
    try YAMLLoader(limits: limits).load(SourceFile(path: "test.yaml", text: text))
}

/// The error loading `text` throws, rendered as the command line prints it, or nil when it loads.
func renderedError(_ text: String, language: Language = .en, limits: YAMLLimits = .default) -> String? {
    let source = SourceFile(path: "test.yaml", text: text)
    do {
        _ = try YAMLLoader(limits: limits).load(source)
        return nil
    } catch {
        return DiagnosticRenderer(language: language).text(error.diagnostic, source: source)
    }
}

/// The single document of `text` as compact JSON.
func json(_ text: String) throws -> String {
    let documents = try load(text)
    return documents.map { JSONWriter().string($0.json) }.joined(separator: "\n")
}
