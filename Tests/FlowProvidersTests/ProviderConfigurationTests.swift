import FlowEngine
import FlowProviders
import Foundation
import Testing

struct ProviderConfigurationTests {
    private static let sample = """
        # which provider each role uses
        providers:
          default:
            enterprise: {provider: http, endpoint: "https://verify.example.com/api", timeout-seconds: 10, secret-env: CHANNELFLOW_TEST_UNSET_TOKEN}
            payment: {provider: sandbox}
          channels:
            icbc_bank:
              payment: {provider: http, endpoint: "https://pay.example.com", secret-file: secrets/pay}
              enterprise: {provider: sandbox}
        sandbox:
          outbox-dir: channelflow-sandbox
          ukey-file: keys/sandbox-ukey.yaml

        """

    private func kinds(_ configuration: ProviderConfiguration, _ channel: String) -> [String: ProviderKind] {
        Dictionary(uniqueKeysWithValues: configuration.kinds(forChannel: channel).map { ($0.role, $0.kind) })
    }

    @Test func channelsOverrideTheDefaultPerRole() throws {
        let folder = try TemporaryDirectory()
        let configuration = try ProviderConfiguration.load(path: folder.write("channelflow.yaml", Self.sample))
        #expect(kinds(configuration, "any_bank") == [
            "enterprise": .http, "person": .sandbox, "sms": .sandbox, "payment": .sandbox,
            "transfer": .sandbox, "ukey": .sandbox, "issuer": .sandbox,
        ])
        #expect(kinds(configuration, "icbc_bank")["enterprise"] == .sandbox)
        #expect(kinds(configuration, "icbc_bank")["payment"] == .http)
        #expect(configuration.kinds(forChannel: "icbc_bank").map(\.role) == ["enterprise", "person", "sms", "payment", "transfer", "ukey", "issuer"])
        #expect(configuration.overriddenChannels == ["icbc_bank"])
    }

    @Test func relativePathsAreRelativeToTheFile() throws {
        let folder = try TemporaryDirectory()
        let configuration = try ProviderConfiguration.load(path: folder.write("channelflow.yaml", Self.sample))
        #expect(configuration.outboxDirectory == folder.file("channelflow-sandbox"))
        #expect(configuration.ukeyFile == folder.file("keys/sandbox-ukey.yaml"))
    }

    @Test func providersAreBuiltWithTheSecretFromItsFile() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.file("secrets"), withIntermediateDirectories: true)
        try folder.write("secrets/pay", "pay-token\n")
        let configuration = try ProviderConfiguration.load(path: folder.write("channelflow.yaml", Self.sample))
        let providers = try configuration.providers(forChannel: "icbc_bank")
        #expect(providers.kinds.map(\.kind) == configuration.kinds(forChannel: "icbc_bank").map(\.kind))
        #expect(providers.payment is HTTPPaymentGateway)
        #expect(providers.sms is any SandboxCodeSource)
    }

    @Test func missingEnvironmentVariableIsNamedWithItsPosition() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("channelflow.yaml", Self.sample)
        let configuration = try ProviderConfiguration.load(path: path)
        let error = #expect(throws: ProviderConfigurationError.self) { try configuration.providers(forChannel: "any_bank") }
        #expect(error?.kind == .secretUnavailable)
        #expect(error?.description
            == "\(path):4:111: the environment variable CHANNELFLOW_TEST_UNSET_TOKEN named by \"secret-env\" is not set")
    }

    @Test func missingSecretFileIsReportedWithoutContent() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("channelflow.yaml", Self.sample)
        let error = #expect(throws: ProviderConfigurationError.self) {
            try ProviderConfiguration.load(path: path).providers(forChannel: "icbc_bank")
        }
        #expect(error?.description == "\(path):8:83: cannot read \(folder.file("secrets/pay")): No such file or directory")
    }

    @Test func sandboxOnlySharesItsInMemoryOutboxAcrossChannels() async throws {
        let configuration = ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil)
        #expect(configuration.kinds(forChannel: "x").allSatisfy { $0.kind == .sandbox })
        #expect(configuration.ukeyFile == "sandbox-ukey.yaml")
        #expect(configuration.path == nil)
        try await configuration.providers(forChannel: "a").sms.send(SMSMessage(to: "13812345678", text: "1", purpose: "p", code: "1"))
        let reader = try #require(try configuration.providers(forChannel: "b").sms as? any SandboxCodeSource)
        #expect(try reader.sentCodes() == ["1"])
    }

    @Test func emptyFileMeansEverySandbox() throws {
        let folder = try TemporaryDirectory()
        let configuration = try ProviderConfiguration.load(path: folder.write("channelflow.yaml", "# nothing yet\n"))
        #expect(configuration.kinds(forChannel: "x").allSatisfy { $0.kind == .sandbox })
        #expect(configuration.outboxDirectory == nil)
        #expect(configuration.ukeyFile == folder.file("sandbox-ukey.yaml"))
    }

    @Test func unreadableFileIsAWholeFileError() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("missing.yaml")
        let error = #expect(throws: ProviderConfigurationError.self) { try ProviderConfiguration.load(path: path) }
        #expect(error?.kind == .unreadable)
        #expect(error?.description == "\(path): cannot read \(path): No such file or directory")
    }
}
