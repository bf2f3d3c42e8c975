import FlowDiagnostics
import FlowModel
import FlowYAML
import Foundation
import Testing

@Suite struct CatalogTests {
    private func compile(_ sources: [SourceFile]) -> (Catalog, [CompileIssue]) {
        Project.read(sources).compile()
    }

    @Test func shippedChannelsCompileEveryFlowTheyEnable() throws {
        let project = Project.read(try Repository.shippedSources())
        let (catalog, issues) = project.compile()
        #expect(issues.isEmpty, "\(issues.map(\.message.en))")
        let enabled = project.channels.compactMap(\.model).reduce(0) { $0 + $1.flows.count }
        #expect(catalog.entries.count == enabled)
        #expect(project.channels.count >= 3)
    }

    @Test func sameMeaningGivesTheSameHashWhateverTheFormatting() throws {
        let flow = try Repository.source("Flows/new_certificate.yaml")
        let channel = try Repository.source("Channels/icbc_bank.yaml")
        // The loader's JSON rendering of the same documents is valid YAML in another layout.
        let reformatted = try [flow, channel].map { source in
            let root = try #require(try YAMLLoader().load(source).first)
            return SourceFile(path: source.path, text: JSONWriter(pretty: true).string(root.json))
        }
        let original = compile([flow, channel]).0.entries.map(\.contentHash)
        let again = compile(reformatted).0.entries.map(\.contentHash)
        #expect(original.count == 1)
        #expect(original == again)
    }

    @Test func keyOrderDoesNotChangeTheHash() throws {
        let channel = """
        channel: c
        name: {zh: 渠道, en: Channel}
        kind: bank
        flows:
          new_certificate: {invoice: required, payment-methods: [alipay]}
        """
        let reordered = """
        kind: bank
        flows:
          new_certificate: {payment-methods: [alipay], invoice: required}
        name: {en: Channel, zh: 渠道}
        channel: c
        """
        let flow = try Repository.source("Flows/new_certificate.yaml")
        let first = compile([flow, SourceFile(path: "Channels/c.yaml", text: channel)]).0.entries.first?.contentHash
        let second = compile([flow, SourceFile(path: "Channels/c.yaml", text: reordered)]).0.entries.first?.contentHash
        #expect(first != nil)
        #expect(first == second)
    }

    @Test func aChangedPriceChangesTheHash() throws {
        let flow = try Repository.source("Flows/new_certificate.yaml")
        let base = "channel: c\nname: {zh: 渠道, en: Channel}\nkind: bank\nflows:\n  new_certificate:\n    prices: {org_cert_ukey: [{years: 1, amount: \"%@\"}]}\n"
        let hashes = ["300.00", "300.01"].map { price in
            compile([flow, SourceFile(path: "Channels/c.yaml", text: base.replacingOccurrences(of: "%@", with: price))]).0.entries.first?.contentHash
        }
        #expect(hashes[0] != nil)
        #expect(hashes[0] != hashes[1])
    }

    @Test func overlayNarrowsOptionsEnablesMaterialsAndReplacesPrices() throws {
        let (catalog, issues) = compile(try Repository.shippedSources())
        #expect(issues.isEmpty, "\(issues.map(\.message.en))")
        let entry = try #require(catalog.entry(channel: "icbc_bank", flow: "new_certificate"))
        let agent = try #require(entry.flow.step("agent"))
        #expect(agent.choice?.options.map(\.id.value) == ["legal_rep_self", "agent_bank_card"])
        #expect(agent.title.value.zh == "经办人身份认证")
        #expect(entry.flow.material("authorisation_letter")?.enabled == true)
        #expect(entry.flow.products.first?.prices.map(\.fen.value) == [26_000, 48_000, 69_000])
        #expect(entry.flow.invoice?.mode.value == .required)
        #expect(entry.flow.payment?.methods.map(\.value) == [.alipay])
        #expect(entry.setting("invoice_optional") == .bool(false))
    }

    @Test func overlayReferencesToMissingThingsAreReportedWithPositions() throws {
        let channel = SourceFile(path: "Channels/c.yaml", text: """
        channel: c
        name: {zh: 渠道, en: Channel}
        kind: bank
        flows:
          new_certificate:
            steps: {agnet: {title: {zh: 经办人, en: Agent}}}
            settings: {invoice_optional: maybe}
          no_such_flow: {}
        """)
        let (_, issues) = compile([try Repository.source("Flows/new_certificate.yaml"), channel])
        let described = issues.map { "\($0.kind.rawValue) \($0.range.start): \($0.message.en)" }
        #expect(described.contains("overlay-unknown-target 6:13: flow \"new_certificate\" has no step \"agnet\"; expected one of \"agent\", \"choose_verification\", \"confirm\", \"enterprise\", \"issued\", \"materials\", \"payment\", \"purchase\", \"review\", \"signature\"; did you mean \"agent\"?"), "\(described)")
        #expect(described.contains("setting-value 7:34: setting \"invoice_optional\" expects true or false, got \"maybe\""), "\(described)")
        #expect(described.contains { $0.hasPrefix("unknown-flow 8:3: unknown flow \"no_such_flow\"") }, "\(described)")
    }
}
