/// The compiled (channel, flow) pairs, immutable once built.
public struct Catalog: Sendable {
    public let entries: [CompiledFlow]

    public init(entries: [CompiledFlow]) {
        self.entries = entries.sorted { ($0.channel.id, $0.flow.id.value) < ($1.channel.id, $1.flow.id.value) }
    }

    /// The entry for a channel and a flow.
    public func entry(channel: String, flow: String) -> CompiledFlow? {
        entries.first { $0.channel.id == channel && $0.flow.id.value == flow }
    }

    /// The flows a channel offers.
    public func flows(of channel: String) -> [CompiledFlow] {
        entries.filter { $0.channel.id == channel }
    }
}
