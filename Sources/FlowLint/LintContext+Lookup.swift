import FlowDiagnostics
import FlowModel
import FlowYAML

/// Finding, for a decoded value, the YAML it was read from or the channel overlay it came with:
/// for positions the typed model does not keep (keys, `back`, `next`) and for channel findings.
extension LintContext {
    /// The root node of the flow file at `path`.
    func flowRoot(at path: String) -> YAMLNode? {
        project.flows.first { $0.source.path == path }?.root
    }

    /// The mapping a decoded step was read from, found by the position of its id.
    func node(of step: Step) -> YAMLNode? {
        flowRoot(at: step.id.path)?["steps"]?.sequence?.first { $0["id"]?.range == step.id.range }
    }

    /// The overlay a compiled pair was made with.
    func overlay(of compiled: CompiledFlow) -> FlowOverlay? {
        channels.first { $0.id.value == compiled.channel.id }?.flows.first { $0.flow.value == compiled.flow.id.value }
    }

    /// The flow as written, before any channel changed it.
    func flow(_ id: String) -> Flow? {
        flowsByID[id]
    }
}

extension YAMLNode {
    /// The key node of the pair called `name`, when this node is a mapping.
    func keyNode(_ name: String) -> YAMLNode? {
        mapping?.first { $0.key.string == name }?.key
    }
}
