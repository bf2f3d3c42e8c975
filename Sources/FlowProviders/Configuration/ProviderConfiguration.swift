public import FlowEngine

/// Which provider plays each role for each channel, read from `channelflow.yaml`, or the sandbox
/// for every role when there is no such file.
///
/// ```yaml
/// # which provider each role uses; `default` applies to every channel, `channels.<id>` overrides per role
/// providers:
///   default:
///     enterprise: {provider: http, endpoint: "https://verify.example.com/api", timeout-seconds: 10, secret-env: VERIFY_TOKEN}
///     payment: {provider: sandbox}
///     ukey: {provider: pcsc, reader: "Virtual PCD 00 00", administrator-keys: ukey-keys.yaml}
///     email: {provider: smtp, host: mail.example.com, port: 25, from: noreply@ca.example.com}
///   channels:
///     icbc_bank:
///       payment: {provider: http, endpoint: "https://pay.example.com", secret-file: /run/secrets/pay}
/// sandbox:
///   outbox-dir: channelflow-sandbox     # sandbox SMS / transfer outboxes and the sandbox CA
///   ukey-file: sandbox-ukey.yaml        # the key SandboxUKey plays
/// ```
///
/// Roles: `enterprise`, `person`, `sms`, `payment`, `transfer`, `ukey`, `issuer`, `email`; a role no
/// setting names uses the sandbox. `provider: sandbox` fits every role, `provider: http` fits
/// `enterprise`, `person`, `payment` and `sms` and needs `endpoint` (an http or https URL);
/// `provider: smtp` fits `email`: `host`, `port` (default 25), `from`, optional `helo` and
/// `timeout-seconds`, a relay that takes the mail on (STARTTLS and authentication are its
/// business); `provider: pcsc`
/// fits `ukey`: the key in a real card reader (`reader` names it, else the one reader holding a key),
/// with `administrator-keys` the sandbox CA's registry of the keys' administrator keys (YAML,
/// serial number → PUK, read by `SandboxKeyRegistry` on an unlock);
/// `timeout-seconds` defaults to 10. An HTTP secret is named, never written: `secret-env` (an
/// environment variable) or `secret-file` (a file whose content, trimmed, is the bearer token).
/// Relative paths are relative to the configuration file's folder. `outbox-dir` receives
/// `sms.jsonl`, `email.jsonl` and `transfers.jsonl` (one JSON line a message, mode 0600) and `sandbox-ca.pem`;
/// without it they stay in memory. `ukey-file` defaults to `sandbox-ukey.yaml`.
public struct ProviderConfiguration: Sendable {
    /// The file the configuration was read from; nil for ``sandboxOnly(outboxDirectory:ukeyFile:clock:)``.
    public let path: String?
    /// Where sandbox outboxes and the sandbox CA are kept; nil keeps them in memory.
    public var outboxDirectory: String? { sandbox.directory }
    /// The file the sandbox UKEY is played from.
    public var ukeyFile: String { sandbox.ukey.file }
    /// The channels that override a role, sorted, so a caller can report ids no channel file has.
    public var overriddenChannels: [String] { channels.keys.sorted() }

    let defaults: [ProviderRole: ProviderChoice]
    let channels: [String: [ProviderRole: ProviderChoice]]
    let sandbox: SandboxProviders

    init(
        path: String?, defaults: [ProviderRole: ProviderChoice], channels: [String: [ProviderRole: ProviderChoice]],
        sandbox: SandboxProviders
    ) {
        self.path = path
        self.defaults = defaults
        self.channels = channels
        self.sandbox = sandbox
    }

    /// Every role played by the sandbox: what runs when there is no configuration file. Without
    /// `outboxDirectory`, outboxes and the sandbox CA stay in memory; without `ukeyFile`, the key
    /// is `sandbox-ukey.yaml` in the current folder.
    public static func sandboxOnly(
        outboxDirectory: String?, ukeyFile: String?, clock: any EngineClock = SystemClock()
    ) -> ProviderConfiguration {
        ProviderConfiguration(
            path: nil, defaults: [:], channels: [:],
            sandbox: SandboxProviders(directory: outboxDirectory, ukeyFile: ukeyFile ?? defaultUKeyFile, clock: clock)
        )
    }

    /// The providers `channel`'s orders use. Reads the HTTP secrets now, so a missing one is
    /// reported before any order moves.
    public func providers(forChannel channel: String) throws(ProviderConfigurationError) -> Providers {
        // Decoding admits only the sandbox for transfer, ukey and issuer, so those need no choice.
        Providers(
            enterprise: try pick(.enterprise, channel, SandboxEnterpriseVerifier() as any EnterpriseVerifier) {
                HTTPEnterpriseVerifier(client: $0)
            },
            person: try pick(.person, channel, SandboxPersonVerifier() as any PersonVerifier) { HTTPPersonVerifier(client: $0) },
            sms: try sms(channel),
            payment: try pick(.payment, channel, SandboxPaymentGateway() as any PaymentGateway) { HTTPPaymentGateway(client: $0) },
            transfer: sandbox.transfer,
            ukey: ukey(channel),
            issuer: sandbox.issuer,
            captcha: sandbox.captcha,
            logistics: SandboxLogistics(),
            invoices: sandbox.invoices
        )
    }

    /// The senders of `channel`'s notifications: its SMS gateway and its e-mail sender.
    public func notificationSenders(forChannel channel: String) throws(ProviderConfigurationError) -> NotificationSenders {
        let sms = try sms(channel)
        guard case let .smtp(settings) = choice(.email, channel) else { return NotificationSenders(sms: sms, email: sandbox.email) }
        return NotificationSenders(sms: sms, email: SMTPClient(settings: settings))
    }

    /// The sandbox SMS gateway, or the HTTP one.
    private func sms(_ channel: String) throws(ProviderConfigurationError) -> any SMSGateway {
        try pick(.sms, channel, sandbox.sms as any SMSGateway) { HTTPSMSGateway(client: $0) }
    }

    /// The sandbox key, or the key in a real reader.
    private func ukey(_ channel: String) -> any UKeyDevice {
        guard case let .pcsc(settings) = choice(.ukey, channel) else { return sandbox.ukey }
        return PCSCUKey(reader: settings.reader, administratorKeys: SandboxKeyRegistry(file: settings.administratorKeysFile))
    }

    /// The sandbox, or the HTTP adapter `http` makes from a client for the configured service.
    private func pick<Role>(
        _ role: ProviderRole, _ channel: String, _ sandbox: Role, _ http: (HTTPJSONClient) -> Role
    ) throws(ProviderConfigurationError) -> Role {
        switch choice(role, channel) {
        case .sandbox: sandbox
        case let .http(settings): http(try settings.client())
        case .pcsc, .smtp: sandbox
        }
    }

    /// Each role and the kind of provider that plays it for `channel`, in the order of
    /// `Providers.kinds`, without building anything.
    public func kinds(forChannel channel: String) -> [(role: String, kind: ProviderKind)] {
        ProviderRole.engineRoles.map { ($0.rawValue, choice($0, channel).kind) }
    }

    func choice(_ role: ProviderRole, _ channel: String) -> ProviderChoice {
        channels[channel]?[role] ?? defaults[role] ?? .sandbox
    }

    static let defaultUKeyFile = "sandbox-ukey.yaml"
}
