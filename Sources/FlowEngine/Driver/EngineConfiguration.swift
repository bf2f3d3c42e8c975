public import FlowStore
public import Logging

/// What the engine runs with: the store, the clock, and the providers of each channel.
public struct EngineConfiguration: Sendable {
    public var store: OrderStore
    public var clock: any EngineClock
    /// The providers a channel's orders use.
    public var providers: @Sendable (String) throws -> Providers
    /// Where the engine reports what it does; it only ever logs masked data.
    public var logger: Logger

    public init(
        store: OrderStore, clock: any EngineClock, logger: Logger = Logger(label: "channelflow.engine"),
        providers: @escaping @Sendable (String) throws -> Providers
    ) {
        self.store = store
        self.clock = clock
        self.logger = logger
        self.providers = providers
    }
}
