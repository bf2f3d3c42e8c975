/// Which orders a listing shows.
public struct OrderFilter: Sendable, Hashable {
    public var channel: String?
    public var subject: String?
    public var status: OrderStatus?
    public var flow: String?
    /// What a waiting order waits for (`review`, `payment` …).
    public var wait: String?
    public var limit: Int

    public init(
        channel: String? = nil, subject: String? = nil, status: OrderStatus? = nil, flow: String? = nil, wait: String? = nil,
        limit: Int = 1000
    ) {
        self.channel = channel
        self.subject = subject
        self.status = status
        self.flow = flow
        self.wait = wait
        self.limit = limit
    }
}
