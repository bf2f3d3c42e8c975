import FlowDiagnostics
import FlowProviders
import Testing

/// Each wrong configuration, the position reported and the message, verbatim.
struct ProviderConfigurationErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var yaml: String
        var position: String
        var en: String
        var testDescription: String { en }
    }

    static let cases: [Case] = [
        Case(yaml: "provider:\n  default: {}\n", position: "1:1",
             en: #"unknown key "provider"; expected one of "providers", "sandbox""#),
        Case(yaml: "providers:\n  default:\n    ukeys: {provider: sandbox}\n", position: "3:5",
             en: #"unknown role "ukeys"; expected one of "email", "enterprise", "issuer", "payment", "person", "sms", "transfer", "ukey""#),
        Case(yaml: "providers:\n  default:\n    sms: {provider: twilio}\n", position: "3:21",
             en: #"unknown provider "twilio"; expected one of "http", "sandbox""#),
        Case(yaml: "providers:\n  default:\n    email: {provider: http, endpoint: \"https://x.example\"}\n", position: "3:23",
             en: #"provider "http" cannot play role "email"; expected one of "smtp", "sandbox""#),
        Case(yaml: "providers:\n  default:\n    email: {provider: smtp, from: a@example.com}\n", position: "3:12",
             en: #"missing key "host""#),
        Case(yaml: "providers:\n  default:\n    email: {provider: smtp, host: mail, from: nobody}\n", position: "3:47",
             en: #""from" must be an e-mail address, not "nobody""#),
        Case(yaml: "providers:\n  default:\n    ukey: {provider: http, endpoint: \"https://x.example\"}\n", position: "3:22",
             en: #"provider "http" cannot play role "ukey"; expected one of "pcsc", "sandbox""#),
        Case(yaml: "providers:\n  default:\n    sms: {provider: pcsc}\n", position: "3:21",
             en: #"provider "pcsc" cannot play role "sms"; expected one of "http", "sandbox""#),
        Case(yaml: "providers:\n  default:\n    ukey: {provider: pcsc, reader: \"Virtual PCD 00 00\"}\n", position: "3:11",
             en: #"a pcsc UKEY needs "administrator-keys", the CA's registry of the keys' administrator keys"#),
        Case(yaml: "providers:\n  default:\n    ukey: {provider: pcsc, administrator-keys: k.yaml, pin: \"1\"}\n", position: "3:56",
             en: #"unknown key "pin"; expected one of "administrator-keys", "provider", "reader""#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http}\n", position: "3:13",
             en: #"an http provider needs "endpoint""#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"ftp://x.example\"}\n", position: "3:40",
             en: #""endpoint" must be an http or https URL with a host, not "ftp://x.example""#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"https://u:p@x.example\"}\n", position: "3:40",
             en: #""endpoint" must not carry a user or password; secrets are never written in YAML"#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"https://x.example\", token: abc}\n", position: "3:61",
             en: #"secrets are never written in YAML; name an environment variable with "secret-env" or a file with "secret-file""#),
        Case(yaml: "providers:\n  channels:\n    icbc:\n      payment:\n        provider: http\n        endpoint: https://p.example\n        password: x\n",
             position: "7:9",
             en: #"secrets are never written in YAML; name an environment variable with "secret-env" or a file with "secret-file""#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"https://x.example\", secret-env: A, secret-file: b}\n",
             position: "3:89", en: #"give either "secret-env" or "secret-file", not both"#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"https://x.example\", timeout-seconds: 0}\n",
             position: "3:78", en: #""timeout-seconds" must be an integer from 1 to 300"#),
        Case(yaml: "providers:\n  default:\n    person: {provider: http, endpoint: \"https://x.example\", retries: 3}\n",
             position: "3:61",
             en: #"unknown key "retries"; expected one of "endpoint", "provider", "secret-env", "secret-file", "timeout-seconds""#),
        Case(yaml: "providers:\n  default:\n    sms: {provider: sandbox, endpoint: \"https://x.example\"}\n", position: "3:30",
             en: #"unknown key "endpoint"; expected one of "provider""#),
        Case(yaml: "providers:\n  default:\n    sms: sandbox\n", position: "3:10",
             en: #"role "sms" must be a mapping, not a string"#),
        Case(yaml: "providers:\n  channels:\n    icbc: [payment]\n", position: "3:11",
             en: #"channel "icbc" must be a mapping, not a sequence"#),
        Case(yaml: "providers:\n  default:\n    sms: {endpoint: x}\n", position: "3:10",
             en: #"missing key "provider""#),
        Case(yaml: "sandbox:\n  outbox-dir: \"\"\n", position: "2:15",
             en: #""outbox-dir" must not be empty"#),
        Case(yaml: "providers: {}\nproviders: {}\n", position: "2:1",
             en: #"duplicate key "providers" (first defined at 1:1)"#),
        Case(yaml: "sandbox: {}\n---\nsandbox: {}\n", position: "3:1",
             en: "a settings file holds one document; found a second one here"),
    ]

    @Test(arguments: cases)
    func wrongSettingIsReportedAtItsPosition(_ wrong: Case) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("channelflow.yaml", wrong.yaml)
        let error = #expect(throws: ProviderConfigurationError.self) { try ProviderConfiguration.load(path: path) }
        #expect(error?.kind == .invalid)
        #expect(error.map { "\($0.line):\($0.column)" } == wrong.position)
        #expect(error?.message.en == wrong.en)
        #expect(error?.message.zh.isEmpty == false)
    }

    @Test func chineseMessageIsOffered() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("channelflow.yaml", "providers:\n  default:\n    sms: {provider: sandbox, token: abc}\n")
        let error = #expect(throws: ProviderConfigurationError.self) { try ProviderConfiguration.load(path: path) }
        #expect(error?.text(.zh)
            == "\(path):3:30: 密钥绝不写在 YAML 中；请用 \"secret-env\" 指定环境变量，或用 \"secret-file\" 指定文件")
    }
}
