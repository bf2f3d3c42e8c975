public import FlowDiagnostics

/// Why a provider configuration file (or the sandbox key file) cannot be used, and where.
public struct ProviderConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file cannot be read at all; `line` and `column` are 0.
        case unreadable
        /// The YAML or a setting in it is wrong.
        case invalid
        /// A secret the file names (an environment variable, a file) is not available.
        case secretUnavailable
    }

    public var kind: Kind
    public var path: String
    /// 1-based; 0 when the error concerns the file as a whole.
    public var line: Int
    /// 1-based, in Unicode scalars; 0 when the error concerns the file as a whole.
    public var column: Int
    public var message: LocalizedMessage

    public init(kind: Kind, path: String, line: Int, column: Int, message: LocalizedMessage) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ kind: Kind = .invalid, path: String, at location: SourceLocation, en: String, zh: String) {
        self.init(kind: kind, path: path, line: location.line, column: location.column, message: LocalizedMessage(en: en, zh: zh))
    }

    /// `path:line:column: message` (`path: message` for a whole-file error) in `language`.
    public func text(_ language: Language) -> String {
        line == 0 ? "\(path): \(message.text(language))" : "\(path):\(line):\(column): \(message.text(language))"
    }

    /// The English text.
    public var description: String { text(.en) }
}
