import FlowDiagnostics
import FlowYAML

/// Reads a settings file (the provider configuration, the sandbox key) into its one YAML
/// document, turning every failure into a positioned ``ProviderConfigurationError``.
enum SettingsDocument {
    /// The root node of `path`, or nil when the file holds no document.
    static func root(path: String) throws(ProviderConfigurationError) -> YAMLNode? {
        let limits = YAMLLimits.default
        let bytes: [UInt8]
        switch InputFile.read(path, limit: limits.maxFileBytes) {
        case let .success(read):
            bytes = read
        case let .failure(.unreadable(message)):
            throw ProviderConfigurationError(kind: .unreadable, path: path, line: 0, column: 0, message: message)
        case let .failure(.tooLarge(_, limit)):
            throw ProviderConfigurationError(kind: .unreadable, path: path, line: 0, column: 0, message: LocalizedMessage(
                en: "the file is larger than \(limit) bytes", zh: "文件超过 \(limit) 字节"
            ))
        }
        let documents: [YAMLNode]
        do {
            documents = try YAMLLoader(limits: limits).load(bytes: bytes, path: path)
        } catch {
            throw ProviderConfigurationError(
                kind: .invalid, path: error.path, line: error.location.line, column: error.location.column, message: error.message
            )
        }
        if let second = documents.dropFirst().first {
            throw ProviderConfigurationError(
                path: path, at: second.start,
                en: "a settings file holds one document; found a second one here",
                zh: "设置文件只能包含一个文档；此处出现了第二个文档"
            )
        }
        return documents.first
    }
}
