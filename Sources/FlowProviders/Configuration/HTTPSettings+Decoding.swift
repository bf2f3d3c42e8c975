import FlowDiagnostics
import FlowYAML
import Foundation

extension HTTPSettings {
    /// Longest `timeout-seconds` accepted: a step that waits longer should wait for a callback.
    static let maximumTimeout = 300
    static let defaultTimeout = 10

    /// The settings of a role whose provider is `http`; relative secret files are read from `base`.
    init(_ settings: SettingsMapping, base: String) throws(ProviderConfigurationError) {
        try settings.checkKeys(["endpoint", "provider", "secret-env", "secret-file", "timeout-seconds"])
        guard let endpoint = try settings.text("endpoint") else {
            throw SettingsMapping.error(at: settings.node, en: "an http provider needs \"endpoint\"", zh: "http 提供方需要 \"endpoint\"")
        }
        self.endpoint = try Self.url(endpoint.text, at: endpoint.node)
        timeoutSeconds = try settings.integer("timeout-seconds", in: 1...Self.maximumTimeout) ?? Self.defaultTimeout
        let environment = try settings.nonEmptyText("secret-env")
        let file = try settings.nonEmptyText("secret-file")
        if let environment, let file {
            let later = environment.node.start < file.node.start ? file.node : environment.node
            throw SettingsMapping.error(
                at: later, en: "give either \"secret-env\" or \"secret-file\", not both",
                zh: "\"secret-env\" 和 \"secret-file\" 只能指定一个"
            )
        }
        if let environment {
            secret = SecretSource(place: .environment(environment.text), path: environment.node.path, location: environment.node.start)
        } else if let file {
            let resolved = ProviderConfiguration.resolve(file.text, base: base)
            secret = SecretSource(place: .file(resolved), path: file.node.path, location: file.node.start)
        } else {
            secret = nil
        }
    }

    /// `text` as a base URL: http or https, with a host, without credentials, query or fragment.
    private static func url(_ text: String, at node: YAMLNode) throws(ProviderConfigurationError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else {
            throw SettingsMapping.error(
                at: node, en: "\"endpoint\" must be an http or https URL with a host, not \"\(text)\"",
                zh: "\"endpoint\" 必须是带主机名的 http 或 https URL，而不是 \"\(text)\""
            )
        }
        // The text is not quoted back: it may hold a password.
        guard url.user == nil, url.password == nil else {
            throw SettingsMapping.error(
                at: node, en: "\"endpoint\" must not carry a user or password; secrets are never written in YAML",
                zh: "\"endpoint\" 不能包含用户名或密码；密钥绝不写在 YAML 中"
            )
        }
        guard url.query == nil, url.fragment == nil else {
            throw SettingsMapping.error(
                at: node, en: "\"endpoint\" must be a base URL without a query or fragment, not \"\(text)\"",
                zh: "\"endpoint\" 必须是不带查询串或片段的基础 URL，而不是 \"\(text)\""
            )
        }
        return url
    }
}
