import FlowDiagnostics
import FlowModel
import Testing

@Suite struct SchemaValidatorTests {
    private func issues(_ text: String, path: String = "Flows/x.yaml") -> [String] {
        let project = Project.read([SourceFile(path: path, text: text)])
        let issues = project.flows.flatMap(\.schemaIssues) + project.channels.flatMap(\.schemaIssues)
        return issues.map { "\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
    }

    /// Regression: an integer too large for `Int` skipped the range check and was then dropped.
    @Test func hugeIntegersAreOutOfRange() {
        let found = issues("""
        flow: x
        title: {zh: 标题, en: Title}
        category: application
        media: [ukey]
        guard: {open-order: none}
        products:
          - {id: p, name: {zh: 商品, en: Product}, medium: ukey, prices: [{years: 99999999999999999999, amount: "1.00"}]}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """)
        #expect(found == ["7:73 invalid-value: 99999999999999999999 is far outside the allowed range"])
    }

    /// Regression: a number or boolean used as an id in a dictionary section was silently ignored.
    @Test func dictionaryKeysMustBeIdentifiers() {
        let found = issues("""
        channel: c
        name: {zh: 渠道, en: Channel}
        kind: bank
        flows:
          demo:
            steps: {404: {title: {zh: 步骤, en: Step}}}
        """, path: "Channels/c.yaml")
        #expect(found == ["6:13 wrong-type: expected an identifier, found integer \"404\""])
    }
}
