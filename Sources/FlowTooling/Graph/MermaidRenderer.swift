import FlowModel

/// Writes a flow graph as a Mermaid flowchart, which GitHub and many editors draw in Markdown.
public enum MermaidRenderer {
    public static func render(_ graph: FlowGraph) -> String {
        var lines = [
            "---",
            "title: \"\(escaped("\(graph.channel.zh) · \(graph.channel.en) — \(graph.flow.zh) · \(graph.flow.en)"))\"",
            "---",
            "flowchart TD",
            "    start((\" \"))",
        ]
        if let first = graph.nodes.first { lines.append("    start --> \(id(first.id))") }
        for node in graph.nodes {
            let label = "\"" + GraphWording.lines(node).map(escaped).joined(separator: "<br/>") + "\""
            lines.append("    \(id(node.id))" + (node.isTerminal ? "([\(label)])" : "[\(label)]"))
        }
        for edge in graph.edges {
            switch edge.label {
            case .always: lines.append("    \(id(edge.from)) --> \(id(edge.to))")
            case let .when(condition): lines.append("    \(id(edge.from)) -->|\"when \(escaped(condition))\"| \(id(edge.to))")
            case .otherwise: lines.append("    \(id(edge.from)) -.->|\"\(GraphWording.otherwise)\"| \(id(edge.to))")
            }
        }
        lines += [
            "    classDef waits fill:#fdf1dc,stroke:#c98a1b",
            "    classDef terminal fill:#e3f2e6,stroke:#2e7d32",
            "    classDef unreachable stroke-dasharray:4 3,color:#6b7075",
        ]
        for (name, members) in [
            ("waits", graph.nodes.filter { !$0.waits.isEmpty && !$0.isTerminal }),
            ("terminal", graph.nodes.filter(\.isTerminal)),
            ("unreachable", graph.nodes.filter { !$0.reachable }),
        ] where !members.isEmpty {
            lines.append("    class \(members.map { id($0.id) }.joined(separator: ",")) \(name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Node ids get a prefix: Mermaid reads a bare `end` as a keyword.
    private static func id(_ step: String) -> String { "s_" + step }

    /// Characters Mermaid would read as syntax, as its `#code;` entities.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "|": result += "#124;"
            case "#": result += "#35;"
            default: result.append(character)
            }
        }
        return result
    }
}
