public import FlowDomain
public import FlowModel
public import FlowStore
public import Logging

/// What the engine runs with: the store, the clock, the working-day calendar, and the providers
/// of each channel.
public struct EngineConfiguration: Sendable {
    public var store: OrderStore
    public var clock: any EngineClock
    /// The calendar review deadlines are computed from; a year it lacks makes a deadline unknown.
    public var calendar: WorkingCalendar
    /// The providers a channel's orders use.
    public var providers: @Sendable (String) throws -> Providers
    /// Where the engine reports what it does; it only ever logs masked data.
    public var logger: Logger
    /// The notification templates events are rendered with into the outbox; nil queues no
    /// notifications at all (an embedding that delivers none, such as the benchmarks).
    public var templates: NotificationTemplates?
    /// Draws the six characters after an order number's date (``OrderID/randomSuffix()`` unless a
    /// test needs known numbers).
    public var orderSuffix: @Sendable () -> String

    public init(
        store: OrderStore, clock: any EngineClock, calendar: WorkingCalendar = .empty, logger: Logger = Logger(label: "channelflow.engine"),
        templates: NotificationTemplates? = nil, orderSuffix: @escaping @Sendable () -> String = OrderID.randomSuffix,
        providers: @escaping @Sendable (String) throws -> Providers
    ) {
        self.templates = templates
        self.store = store
        self.clock = clock
        self.calendar = calendar
        self.logger = logger
        self.providers = providers
        self.orderSuffix = orderSuffix
    }
}
