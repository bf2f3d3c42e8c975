import FlowDiagnostics
import FlowModel
import FlowYAML
import Testing

@Suite struct DecodingTests {
    @Test func newCertificateReadsAsTheManualDescribesIt() throws {
        let project = Project.read([try Repository.source("Flows/new_certificate.yaml")])
        let file = try #require(project.flows.first)
        #expect(file.schemaIssues.isEmpty, "\(file.schemaIssues.map(\.message.en))")
        let flow = try #require(file.model)
        #expect(flow.guardRule.openOrder.value == .subject)
        #expect(flow.steps.map(\.id.value).prefix(6) == ["choose_verification", "enterprise", "agent", "purchase", "confirm", "materials"])
        #expect(flow.step("agent")?.choice?.options.count == 4)
        #expect(flow.step("confirm")?.kind.value == .confirmation)
        #expect(flow.invoice?.titleField.value == "company_name")
        let id = try #require(flow.step("enterprise")?.fields.first { $0.id.value == "legal_rep_id" })
        #expect(id.type.value == .residentID)
        #expect(id.mask)
        #expect(id.id.location == SourceLocation(line: id.id.location.line, column: 13))
    }

    @Test func schemaIssuesNameTheKeyAndTheAlternatives() throws {
        let source = SourceFile(path: "Flows/x.yaml", text: """
        flow: x
        title: {zh: 标题, en: Title}
        category: query
        media: [ukey]
        guard: {open-order: none}
        steps:
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
            nxet: done
        """)
        let issues = Project.read([source]).flows.first?.schemaIssues ?? []
        #expect(issues.map { "\($0.range.start): \($0.message.en)" } == [
            "10:5: unknown key in step \"nxet\"; expected one of \"actions\", \"back\", \"choice\", \"fields\", \"id\", \"kind\", \"materials\", \"next\", \"notice\", \"summary\", \"title\", \"wait\", \"when\"; did you mean \"next\"?",
        ])
    }

    @Test func channelsAreToldApartFromFlowsByTheirFirstKey() {
        let project = Project.read([SourceFile(path: "elsewhere/a.yaml", text: "channel: a\nname: {zh: 甲, en: A}\nkind: bank\nflows: {}\n")])
        #expect(project.channels.count == 1)
        #expect(project.flows.isEmpty)
    }
}
