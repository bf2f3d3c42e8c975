public import FlowModel
import FlowLint

/// The steps of a compiled flow and the ways between them, as an operator reads them: titles in
/// both languages, the conditions of branches, what a step waits for, which steps end the flow and
/// which no path reaches.
public struct FlowGraph: Sendable {
    /// One step.
    public struct Node: Sendable, Hashable {
        public var id: String
        public var title: LocalizedText
        public var kind: StepKind
        /// The step's own wait, then each option's (`face-verification (agent_face)`).
        public var waits: [String]
        /// The step is skipped unless this holds.
        public var condition: String?
        public var reachable: Bool
        public var isTerminal: Bool { kind == .terminal }
    }

    /// A way from one step to the next.
    public struct Edge: Sendable, Hashable {
        public enum Label: Sendable, Hashable {
            /// The only way on.
            case always
            /// A branch taken when the condition holds.
            case when(String)
            /// The last branch, taken when no earlier condition held.
            case otherwise
        }

        public var from: String
        public var to: String
        public var label: Label
    }

    /// `channel/flow`, for the graph's name.
    public var name: String
    public var channel: LocalizedText
    public var flow: LocalizedText
    public var nodes: [Node]
    public var edges: [Edge]

    public init(_ compiled: CompiledFlow) {
        let flow = compiled.flow
        let analysis = FlowAnalysis(flow: flow, settings: compiled.settings.map(\.id), compiled: compiled)
        name = "\(compiled.channel.id)/\(flow.id.value)"
        channel = compiled.channel.name
        self.flow = flow.title.value
        nodes = flow.steps.enumerated().map { position, step in
            let optionWaits = step.choice?.options.compactMap { option in
                option.wait.map { "\($0.value.rawValue) (\(option.id.value))" }
            } ?? []
            return Node(
                id: step.id.value, title: step.title.value, kind: step.kind.value,
                waits: (step.wait.map { [$0.value.rawValue] } ?? []) + optionWaits,
                condition: step.when?.value, reachable: analysis.reachable.contains(position)
            )
        }
        edges = flow.steps.flatMap { step in
            step.next.enumerated().compactMap { position, transition -> Edge? in
                guard analysis.stepIndex[transition.target.value] != nil else { return nil }
                let label: Edge.Label = if let condition = transition.when?.value {
                    .when(condition)
                } else {
                    step.next.count > 1 && position == step.next.count - 1 ? .otherwise : .always
                }
                return Edge(from: step.id.value, to: transition.target.value, label: label)
            }
        }
    }
}
