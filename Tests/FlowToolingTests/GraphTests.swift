import FlowModel
@testable import FlowTooling
import Testing

@Suite struct GraphTests {
    @Test func newCertificateHasItsStepsWaitsAndEnd() throws {
        let graph = FlowGraph(try TestProject.shippedEntry("ca_outlet", "new_certificate"))
        #expect(graph.nodes.map(\.id) == ["choose_verification", "enterprise", "agent", "purchase", "confirm", "materials", "signature", "payment", "review", "issued"])
        #expect(graph.nodes.allSatisfy { $0.reachable })
        #expect(graph.nodes.filter(\.isTerminal).map(\.id) == ["issued"])
        #expect(graph.nodes.first { $0.id == "agent" }?.waits == ["face-verification (agent_face)"])
        #expect(graph.nodes.first { $0.id == "payment" }?.waits == ["payment"])
        #expect(graph.edges.count == 9 && graph.edges.allSatisfy { $0.label == .always })
    }

    @Test func branchesCarryTheirConditionsAndTheLastIsOtherwise() throws {
        let graph = FlowGraph(try TestProject.shippedEntry("ca_outlet", "order_management"))
        let fromChoice = graph.edges.filter { $0.from == "query" }
        #expect(fromChoice.map(\.label) == [.when("query_method == 'agent'"), .otherwise])
        let dot = DOTRenderer.render(graph)
        #expect(dot.contains("\"query\" -> \"choose_agent\" [label=\"when query_method == 'agent'\"];"))
        #expect(dot.contains("\"query\" -> \"legal_rep_check\" [label=\"otherwise · 否则\", style=dashed];"))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains("    s_query -->|\"when query_method == 'agent'\"| s_choose_agent\n"))
    }

    @Test func unreachableStepsAreMarkedAndTextIsEscaped() throws {
        let flow = try TestProject.shippedText("Flows/new_certificate.yaml", replacing: [
            ("    next: purchase\n", "    next: purchase\n\n  - id: forgotten\n    title: {zh: \"遗漏 \\\"旧\\\"\", en: \"Forgotten <old>\"}\n    kind: form\n    next: issued\n"),
        ])
        let graph = FlowGraph(try TestProject.entry("ca_outlet", "new_certificate", replacing: [
            ("Flows/new_certificate.yaml", flow), ("Channels/ca_outlet.yaml", try TestProject.shippedText("Channels/ca_outlet.yaml")),
        ]))
        let forgotten = try #require(graph.nodes.first { $0.id == "forgotten" })
        #expect(!forgotten.reachable)
        let dot = DOTRenderer.render(graph)
        #expect(dot.contains("\"forgotten\" [label=\"遗漏 \\\"旧\\\"\\nForgotten <old>\\nforgotten · form\\n× unreachable · 不可达\", style=\"rounded,dashed\""))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains("s_forgotten[\"遗漏 #quot;旧#quot;<br/>Forgotten #lt;old#gt;<br/>forgotten · form<br/>× unreachable · 不可达\"]"))
        #expect(mermaid.contains("class s_forgotten unreachable"))
    }
}
