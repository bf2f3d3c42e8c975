import FlowModel
import FlowTooling
import Testing

@Suite struct DiffTests {
    private func outlet(flow replacements: [(String, String)] = [], channel channelReplacements: [(String, String)] = []) throws -> CompiledFlow {
        try TestProject.entry("ca_outlet", "new_certificate", replacing: [
            ("Flows/new_certificate.yaml", try TestProject.shippedText("Flows/new_certificate.yaml", replacing: replacements)),
            ("Channels/ca_outlet.yaml", try TestProject.shippedText("Channels/ca_outlet.yaml", replacing: channelReplacements)),
        ])
    }

    @Test func sameDefinitionHasNoChanges() throws {
        let diff = DefinitionDiff(old: try outlet(), new: try outlet(flow: [("review:\n  working-days: 1", "review:\n  working-days: {min: 1, max: 1}")]))
        #expect(diff.changes.isEmpty)
        #expect(diff.oldHash == diff.newHash)
    }

    @Test func stepsFieldsRulesAndPricesAreFound() throws {
        let diff = DefinitionDiff(old: try outlet(), new: try outlet(
            flow: [
                ("      - {years: 1, amount: \"300.00\"}", "      - {years: 1, amount: \"280.00\"}"),
                ("        validators: [{length: {min: 5, max: 200}}]", "        validators: [{length: {min: 10, max: 200}}]"),
                ("    summary: [enterprise, agent, purchase]\n    next: materials", "    summary: [enterprise, agent, purchase]\n    next: issued"),
            ],
            channel: [("agent_method: [legal_rep_self, agent_phone, agent_bank_card, agent_face]\n    payment-methods: [wechat_pay, alipay]\n\n  # 证书更新", "agent_method: [legal_rep_self, agent_bank_card]\n    payment-methods: [wechat_pay, alipay]\n\n  # 证书更新")]))
        let described = diff.changes.map { change -> String in
            switch change.kind {
            case let .added(summary): "\(change.section.rawValue) + \(change.subject) \(summary)"
            case let .removed(summary): "\(change.section.rawValue) - \(change.subject) \(summary)"
            case let .changed(differences):
                "\(change.section.rawValue) ~ \(change.subject) " + differences.map { "\($0.attribute): \($0.old ?? "-") → \($0.new ?? "-")" }.joined(separator: "; ")
            }
        }
        #expect(described.contains("steps ~ agent options: legal_rep_self, agent_phone, agent_bank_card, agent_face → legal_rep_self, agent_bank_card"))
        #expect(described.contains("steps ~ confirm next: materials → issued"))
        #expect(described.contains("fields ~ purchase.mailing_address validators: length 5–200 → length 10–200"))
        #expect(described.contains { $0.hasPrefix("fields - agent/agent_phone.agent_name ") })
        #expect(described.contains { $0.hasPrefix("rules - option agent/agent_face ") })
        #expect(described.contains("prices ~ product org_cert_ukey, years 1 amount: 300.00 → 280.00"))
        #expect(diff.touchedSteps == ["agent", "confirm"])
        #expect(diff.removedSteps.isEmpty)
        #expect(diff.oldHash != diff.newHash)
    }
}
