import FlowModel

/// Writes a flow graph in Graphviz's DOT language: `dot -Tsvg` draws it.
public enum DOTRenderer {
    /// Families tried in order: the CJK face draws the Chinese titles, the generic one the rest.
    static let fontname = "Noto Sans CJK SC,sans-serif"

    public static func render(_ graph: FlowGraph) -> String {
        var lines = [
            "digraph \(quoted(graph.name)) {",
            "  label=\(quoted("\(graph.channel.zh) · \(graph.channel.en) — \(graph.flow.zh) · \(graph.flow.en)"));",
            "  labelloc=t;",
            "  fontname=\(quoted(fontname));",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f6f8\", fontname=\(quoted(fontname)), fontsize=11];",
            "  edge [fontname=\(quoted(fontname)), fontsize=9];",
            "  start [shape=point, width=0.12, label=\"\"];",
        ]
        if let first = graph.nodes.first { lines.append("  start -> \(quoted(first.id));") }
        for node in graph.nodes {
            lines.append("  \(quoted(node.id)) [\(attributes(node))];")
        }
        for edge in graph.edges {
            let from = quoted(edge.from), to = quoted(edge.to)
            switch edge.label {
            case .always: lines.append("  \(from) -> \(to);")
            case let .when(condition): lines.append("  \(from) -> \(to) [label=\(quoted("when \(condition)"))];")
            case .otherwise: lines.append("  \(from) -> \(to) [label=\(quoted(GraphWording.otherwise)), style=dashed];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributes(_ node: FlowGraph.Node) -> String {
        var attributes = ["label=\(quoted(GraphWording.lines(node).joined(separator: "\n")))"]
        if node.isTerminal {
            attributes += ["peripheries=2", "fillcolor=\"#e3f2e6\""]
        } else if !node.waits.isEmpty {
            attributes.append("fillcolor=\"#fdf1dc\"")
        }
        if !node.reachable {
            attributes += ["style=\"rounded,dashed\"", "color=\"#9aa0a6\"", "fontcolor=\"#6b7075\""]
        }
        return attributes.joined(separator: ", ")
    }

    /// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
