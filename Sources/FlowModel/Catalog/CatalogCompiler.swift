import FlowDiagnostics

/// Compiles every (channel, enabled flow) pair: applies the channel's overlay to the flow,
/// resolves settings, and hashes the result. Keeps going past problems and reports them all.
public struct CatalogCompiler: Sendable {
    public init() {}

    /// The catalog of every pair that compiled, and the problems found on the way.
    public func compile(flows: [Flow], channels: [Channel]) -> (catalog: Catalog, issues: [CompileIssue]) {
        var byID: [String: Flow] = [:]
        for flow in flows where byID[flow.id.value] == nil { byID[flow.id.value] = flow }
        var entries: [CompiledFlow] = []
        var issues: [CompileIssue] = []
        for channel in channels {
            for overlay in channel.flows {
                guard let flow = byID[overlay.flow.value] else {
                    issues.append(CompileIssue(
                        kind: .unknownFlow, path: overlay.flow.path, range: overlay.flow.range,
                        message: Alternatives.message(
                            found: overlay.flow.value, expected: Array(byID.keys),
                            what: LocalizedMessage(en: "flow", zh: "流程"), unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")
                        )
                    ))
                    continue
                }
                var applier = OverlayApplier(flow: flow, overlay: overlay)
                let compiled = applier.apply(channel: channel)
                issues += applier.issues
                entries.append(compiled)
            }
        }
        return (Catalog(entries: entries), issues)
    }
}
