import FlowModel
import FlowDiagnostics

/// Graph facts about a flow's steps shared by the cycle, terminal and confirmation rules.
/// Every walk is iterative: a hostile file with thousands of steps must not overflow the stack.
extension FlowAnalysis {
    /// For each step index, the indices that lead to it.
    var predecessors: [[Int]] {
        var result = Array(repeating: [Int](), count: flow.steps.count)
        for (from, targets) in successors.enumerated() {
            for target in targets { result[target].append(from) }
        }
        return result
    }

    /// Step indices from which some terminal step can be reached, terminal steps included.
    var reachesTerminal: Set<Int> {
        let incoming = predecessors
        var seen: Set<Int> = []
        var stack = flow.steps.indices.filter { flow.steps[$0].kind.value == .terminal }
        while let current = stack.popLast() {
            guard seen.insert(current).inserted else { continue }
            stack += incoming[current]
        }
        return seen
    }

    /// Step indices reachable from `start`, `start` included.
    func reachable(from start: Int) -> Set<Int> {
        var seen: Set<Int> = []
        var stack = [start]
        while let current = stack.popLast() {
            guard seen.insert(current).inserted else { continue }
            stack += successors[current]
        }
        return seen
    }

    /// The strongly connected components within `nodes` that hold a cycle (several steps, or one
    /// step that leads to itself), each sorted by step index, in order of their first step.
    func cycles(among nodes: Set<Int>) -> [[Int]] {
        // Kosaraju: finishing order on the graph, then components on the reversed graph.
        var visited: Set<Int> = []
        var order: [Int] = []
        for root in nodes.sorted() where visited.insert(root).inserted {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            while let top = stack.last {
                let edges = successors[top.node]
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let child = edges[top.next]
                    if nodes.contains(child), visited.insert(child).inserted { stack.append((child, 0)) }
                } else {
                    order.append(top.node)
                    stack.removeLast()
                }
            }
        }
        let incoming = predecessors
        var assigned: Set<Int> = []
        var components: [[Int]] = []
        for root in order.reversed() where assigned.insert(root).inserted {
            var component: [Int] = []
            var stack = [root]
            while let current = stack.popLast() {
                component.append(current)
                for previous in incoming[current] where nodes.contains(previous) && assigned.insert(previous).inserted {
                    stack.append(previous)
                }
            }
            if component.count > 1 || successors[root].contains(root) { components.append(component.sorted()) }
        }
        return components.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }
}
