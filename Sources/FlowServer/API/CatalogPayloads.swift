import FlowModel

/// A channel with the processes it offers.
public struct ChannelPayload: Sendable, Codable, Equatable {
    public struct FlowSummary: Sendable, Codable, Equatable {
        public var id: String
        public var title: LocalizedTextPayload
    }

    public var id: String
    public var name: LocalizedTextPayload
    public var kind: String
    public var flows: [FlowSummary]

    init(_ entries: [CompiledFlow]) {
        let channel = entries[0].channel
        id = channel.id
        name = LocalizedTextPayload(channel.name)
        kind = channel.kind.rawValue
        flows = entries.map { FlowSummary(id: $0.flow.id.value, title: LocalizedTextPayload($0.flow.title.value)) }
    }
}

/// A process as a channel offers it: its steps, the materials to have ready before starting,
/// and the content hash an order started now pins.
public struct FlowPayload: Sendable, Codable, Equatable {
    public struct StepSummary: Sendable, Codable, Equatable {
        public var id: String
        public var title: LocalizedTextPayload
        public var kind: String
    }

    public var channel: String
    public var id: String
    public var title: LocalizedTextPayload
    public var contentHash: String
    public var steps: [StepSummary]
    /// What to have ready before starting (the manual lists it before each process).
    public var beforeStart: [StepPayload.MaterialPayload]
    public var notes: [LocalizedTextPayload]

    init(_ entry: CompiledFlow, hash: String) {
        channel = entry.channel.id
        id = entry.flow.id.value
        title = LocalizedTextPayload(entry.flow.title.value)
        contentHash = hash
        steps = entry.flow.steps.map { StepSummary(id: $0.id.value, title: LocalizedTextPayload($0.title.value), kind: $0.kind.value.rawValue) }
        beforeStart = entry.flow.beforeStart.materials.compactMap { entry.flow.material($0.value) }.map(StepPayload.MaterialPayload.init)
        notes = entry.flow.beforeStart.notes.map { LocalizedTextPayload($0.value) }
    }
}
