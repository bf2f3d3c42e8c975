#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FlowDiagnostics
import Foundation

/// Where an HTTP provider's secret comes from: an environment variable or a file, never the
/// configuration itself. It is read when the providers are built, so a rotated secret is picked
/// up by the next command; messages name the variable or file, never the value.
struct SecretSource: Sendable {
    enum Place: Sendable {
        /// `secret-env: NAME`.
        case environment(String)
        /// `secret-file: PATH`, already resolved against the configuration's folder.
        case file(String)
    }

    var place: Place
    /// Where the configuration names the secret, for errors.
    var path: String
    var location: SourceLocation

    /// Secrets are short; a larger file is a mistake.
    private static let sizeLimit = 64 << 10

    /// The secret, with surrounding white space (a file's final newline) removed.
    func resolve() throws(ProviderConfigurationError) -> String {
        switch place {
        case let .environment(name):
            guard let value = getenv(name).map({ String(cString: $0) }) else {
                throw unavailable(
                    en: "the environment variable \(name) named by \"secret-env\" is not set",
                    zh: "\"secret-env\" 指定的环境变量 \(name) 未设置"
                )
            }
            return try nonEmpty(value, en: "the environment variable \(name)", zh: "环境变量 \(name)")
        case let .file(file):
            switch InputFile.read(file, limit: Self.sizeLimit) {
            case let .success(bytes):
                return try nonEmpty(String(decoding: bytes, as: UTF8.self), en: "the secret file \(file)", zh: "密钥文件 \(file)")
            case let .failure(.unreadable(message)):
                throw unavailable(en: message.en, zh: message.zh)
            case .failure(.tooLarge):
                throw unavailable(
                    en: "the secret file \(file) is larger than \(Self.sizeLimit >> 10) KiB",
                    zh: "密钥文件 \(file) 超过 \(Self.sizeLimit >> 10) KiB"
                )
            }
        }
    }

    private func nonEmpty(_ value: String, en: String, zh: String) throws(ProviderConfigurationError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw unavailable(en: "\(en) is empty", zh: "\(zh) 为空") }
        return trimmed
    }

    private func unavailable(en: String, zh: String) -> ProviderConfigurationError {
        ProviderConfigurationError(.secretUnavailable, path: path, at: location, en: en, zh: zh)
    }
}
