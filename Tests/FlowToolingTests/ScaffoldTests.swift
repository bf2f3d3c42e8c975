import FlowDiagnostics
import FlowModel
@testable import FlowTooling
import Testing

/// A scaffolded channel is the source channel under a new id: every pair compiles to the same flow
/// with the same settings, and the file fits the channel schema.
@Suite struct ScaffoldTests {
    @Test(arguments: ["ca_outlet", "icbc_bank", "gov_portal"])
    func scaffoldCompilesLikeItsSource(_ channel: String) throws {
        let project = TestProject.shipped
        let source = try #require(project.channels.compactMap(\.model).first { $0.id.value == channel })
        let text = ChannelScaffold(
            id: "copy_of_\(channel)", name: LocalizedText(zh: "副本", en: "Copy"), source: source,
            flows: project.flows.compactMap(\.model)
        ).render()
        let withCopy = Project.read(TestProject.shippedSources + [SourceFile(path: "Channels/copy_of_\(channel).yaml", bytes: Array(text.utf8))])
        let copy = try #require(withCopy.channels.last)
        #expect(copy.yamlError == nil)
        #expect(copy.schemaIssues.map(\.message.en) == [], "\(text)")
        let (catalog, issues) = withCopy.compile()
        #expect(issues.isEmpty)
        let originals = catalog.flows(of: channel), copies = catalog.flows(of: "copy_of_\(channel)")
        #expect(copies.count == originals.count && !copies.isEmpty)
        for (original, copy) in zip(originals, copies) {
            #expect(copy.flow == original.flow, "\(original.flow.id.value)")
            #expect(copy.settings == original.settings)
        }
        #expect(text.contains("# The channel's id, snake_case. · 渠道标识（snake_case）。\nchannel: copy_of_\(channel)\n"))
    }

    @Test func commentsNameWhatTheFlowCallsEachSetting() throws {
        let project = TestProject.shipped
        let source = try #require(project.channels.compactMap(\.model).first { $0.id.value == "icbc_bank" })
        let text = ChannelScaffold(id: "partner_bank", name: LocalizedText(zh: "合作银行", en: "Partner bank"), source: source,
                                   flows: project.flows.compactMap(\.model)).render()
        #expect(text.contains("""
                # Values of the flow's settings. · 流程参数的取值。
                settings:
                  # 是否可不开发票 · The applicant may decline an invoice — bool, default true
                  invoice_optional: false

            """))
        #expect(text.contains("      # 单位数字证书（UKEY） · Organisation certificate (UKEY) — 1y 300.00, 2y 550.00, 3y 780.00\n      org_cert_ukey:\n        - {years: 1, amount: \"260.00\"}\n"))
        #expect(text.contains("name: {zh: 合作银行, en: Partner bank}\n"))
    }

    @Test func scalarsThatWouldChangeMeaningAreQuoted() {
        #expect(YAMLScalar.string("agent_phone") == "agent_phone")
        #expect(YAMLScalar.string("企业认证") == "企业认证")
        #expect(YAMLScalar.string("no") == "\"no\"")
        #expect(YAMLScalar.string("300.00") == "\"300.00\"")
        #expect(YAMLScalar.string("The CA's own outlet") == "\"The CA's own outlet\"")
        #expect(YAMLScalar.string("a: b, c") == "\"a: b, c\"")
        #expect(YAMLScalar.string("line\n\"q\"") == "\"line\\n\\\"q\\\"\"")
        #expect(YAMLScalar.string("") == "\"\"")
    }
}
