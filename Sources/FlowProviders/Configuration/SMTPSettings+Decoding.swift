import FlowDomain

extension ProviderConfiguration {
    /// The settings of an `email` role whose provider is `smtp`:
    /// `{provider: smtp, host: …, port: 25, from: …, helo: …, timeout-seconds: 10}`.
    static func smtpSettings(_ settings: SettingsMapping) throws(ProviderConfigurationError) -> SMTPSettings {
        try settings.checkKeys(["from", "helo", "host", "port", "provider", "timeout-seconds"])
        let host = try settings.requiredText("host")
        let from = try settings.requiredText("from")
        guard EmailAddress(from.text) != nil else {
            throw SettingsMapping.error(
                at: from.node, en: "\"from\" must be an e-mail address, not \"\(from.text)\"",
                zh: "\"from\" 必须是电子邮件地址，而不是 \"\(from.text)\"")
        }
        return SMTPSettings(
            host: host.text, port: try settings.integer("port", in: 1...65_535) ?? 25, from: from.text,
            heloName: try settings.nonEmptyText("helo")?.text ?? "channelflow.localhost",
            timeoutSeconds: try settings.integer("timeout-seconds", in: 1...HTTPSettings.maximumTimeout) ?? HTTPSettings.defaultTimeout)
    }
}
