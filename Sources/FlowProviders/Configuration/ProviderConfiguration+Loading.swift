import FlowDiagnostics
public import FlowEngine
import FlowYAML

extension ProviderConfiguration {
    /// Reads the configuration file at `path` (format on ``ProviderConfiguration``); throws its
    /// first problem with the file, line and column where it is.
    public static func load(path: String, clock: any EngineClock = SystemClock()) throws(ProviderConfigurationError) -> ProviderConfiguration {
        let base = folder(path)
        var defaults: [ProviderRole: ProviderChoice] = [:]
        var channels: [String: [ProviderRole: ProviderChoice]] = [:]
        var outboxDirectory: String?
        var ukeyFile = defaultUKeyFile
        if let root = try SettingsDocument.root(path: path) {
            let file = try SettingsMapping(root, name: LocalizedMessage(en: "the configuration file", zh: "配置文件"))
            try file.checkKeys(["providers", "sandbox"])
            if let providers = try file.mapping("providers") {
                try providers.checkKeys(["channels", "default"])
                if let roles = try providers.mapping("default") {
                    defaults = try choices(roles, base: base)
                }
                for pair in try providers.mapping("channels")?.pairs ?? [] {
                    let channel = SettingsMapping.keyText(pair)
                    let roles = try SettingsMapping(pair.value, name: LocalizedMessage(en: "channel \"\(channel)\"", zh: "渠道 \"\(channel)\" "))
                    channels[channel] = try choices(roles, base: base)
                }
            }
            if let sandbox = try file.mapping("sandbox") {
                try sandbox.checkKeys(["outbox-dir", "ukey-file"])
                outboxDirectory = try sandbox.nonEmptyText("outbox-dir")?.text
                ukeyFile = try sandbox.nonEmptyText("ukey-file")?.text ?? ukeyFile
            }
        }
        return ProviderConfiguration(
            path: path, defaults: defaults, channels: channels,
            sandbox: SandboxProviders(
                directory: outboxDirectory.map { resolve($0, base: base) }, ukeyFile: resolve(ukeyFile, base: base), clock: clock
            )
        )
    }

    /// The folder part of `path` (`.` for a bare name).
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` as seen from the current folder, when written relative to `base`.
    static func resolve(_ path: String, base: String) -> String {
        path.hasPrefix("/") || base == "." ? path : "\(base)/\(path)"
    }

    /// The roles of one `default` or `channels.<id>` mapping.
    private static func choices(_ roles: SettingsMapping, base: String) throws(ProviderConfigurationError) -> [ProviderRole: ProviderChoice] {
        var result: [ProviderRole: ProviderChoice] = [:]
        for pair in roles.pairs {
            let name = SettingsMapping.keyText(pair)
            guard let role = ProviderRole(rawValue: name) else {
                let expected = ProviderRole.allCases.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ", ")
                throw SettingsMapping.error(
                    at: pair.key, en: "unknown role \"\(name)\"; expected one of \(expected)",
                    zh: "未知的角色 \"\(name)\"；应为以下之一：\(expected)"
                )
            }
            let settings = try SettingsMapping(pair.value, name: LocalizedMessage(en: "role \"\(name)\"", zh: "角色 \"\(name)\" "))
            result[role] = try choice(for: role, settings, base: base)
        }
        return result
    }

    /// One role's `{provider: …, …}`.
    private static func choice(for role: ProviderRole, _ settings: SettingsMapping, base: String) throws(ProviderConfigurationError) -> ProviderChoice {
        for pair in settings.pairs where ["password", "secret", "token"].contains(SettingsMapping.keyText(pair)) {
            throw SettingsMapping.error(
                at: pair.key,
                en: "secrets are never written in YAML; name an environment variable with \"secret-env\" or a file with \"secret-file\"",
                zh: "密钥绝不写在 YAML 中；请用 \"secret-env\" 指定环境变量，或用 \"secret-file\" 指定文件"
            )
        }
        let provider = try settings.requiredText("provider")
        let allowed = role.allowedKinds.map(\.rawValue)
        guard allowed.contains(provider.text) else {
            let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            let configurable = [ProviderKind.http, .pcsc, .sandbox, .smtp].map(\.rawValue)
            throw SettingsMapping.error(
                at: provider.node,
                en: configurable.contains(provider.text)
                    ? "provider \"\(provider.text)\" cannot play role \"\(role.rawValue)\"; expected one of \(list)"
                    : "unknown provider \"\(provider.text)\"; expected one of \(list)",
                zh: configurable.contains(provider.text)
                    ? "提供方 \"\(provider.text)\" 不能承担角色 \"\(role.rawValue)\"；应为以下之一：\(list)"
                    : "未知的提供方 \"\(provider.text)\"；应为以下之一：\(list)"
            )
        }
        switch provider.text {
        case ProviderKind.http.rawValue:
            return .http(try HTTPSettings(settings, base: base))
        case ProviderKind.smtp.rawValue:
            return .smtp(try smtpSettings(settings))
        case ProviderKind.pcsc.rawValue:
            try settings.checkKeys(["administrator-keys", "provider", "reader"])
            guard let keys = try settings.nonEmptyText("administrator-keys") else {
                throw SettingsMapping.error(
                    at: settings.node, en: "a pcsc UKEY needs \"administrator-keys\", the CA's registry of the keys' administrator keys",
                    zh: "pcsc UKEY 需要 \"administrator-keys\"（CA 保存的 UKEY 管理员密钥登记文件）")
            }
            return .pcsc(PCSCSettings(
                reader: try settings.nonEmptyText("reader")?.text, administratorKeysFile: resolve(keys.text, base: base)))
        default:
            try settings.checkKeys(["provider"])
            return .sandbox
        }
    }
}
