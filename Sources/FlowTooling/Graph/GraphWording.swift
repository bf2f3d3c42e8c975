import FlowModel

/// The words a drawn flow shares between its DOT and Mermaid forms.
enum GraphWording {
    static let otherwise = "otherwise · 否则"

    /// A step's label, line by line: titles, id and kind, then its condition, waits and marks. The
    /// marks are characters every font draws (a CJK font has no ⏸).
    static func lines(_ node: FlowGraph.Node) -> [String] {
        var lines = [node.title.zh, node.title.en, "\(node.id) · \(node.kind.rawValue)"]
        if let condition = node.condition { lines.append("only when · 仅当 \(condition)") }
        lines += node.waits.map { "‖ waits for · 等待 \($0)" }
        if node.isTerminal { lines.append("■ end · 结束") }
        if !node.reachable { lines.append("× unreachable · 不可达") }
        return lines
    }
}
