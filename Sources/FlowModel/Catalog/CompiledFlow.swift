/// One (channel, flow) pair with the channel's overlay applied: what an order runs and is pinned to.
public struct CompiledFlow: Sendable, Hashable, Codable {
    public var channel: ChannelIdentity
    public var flow: Flow
    /// Every setting of the flow with the channel's value, or the flow's default.
    public var settings: [ResolvedSetting]
    /// SHA-256 of the canonical form, in lower-case hex: equal meaning gives an equal hash.
    /// Computed on each use (linting never needs it), so keep it when you need it twice.
    public var contentHash: String { ContentHash.of(self) }

    /// The channel an entry was compiled for.
    public struct ChannelIdentity: Sendable, Hashable, Codable {
        public var id: String
        public var name: LocalizedText
        public var kind: ChannelKind
    }

    /// A setting and its effective value.
    public struct ResolvedSetting: Sendable, Hashable, Codable {
        public var id: String
        public var type: SettingType
        public var values: [String]
        public var value: ScalarValue
    }

    /// The value of the setting `id`.
    public func setting(_ id: String) -> ScalarValue? {
        settings.first { $0.id == id }?.value
    }
}
