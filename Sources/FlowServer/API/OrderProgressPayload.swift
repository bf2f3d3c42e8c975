/// The answer to a request that moved an order: what the step did, and what is asked now.
public struct ProgressPayload: Sendable, Codable, Equatable {
    public var report: ReportPayload
    /// The steps that asked nothing and ran by themselves after it, in order.
    public var automatic: [ReportPayload]
    public var step: StepPayload
}

/// An order with its answers (masked), its path and its history.
public struct OrderDetailPayload: Sendable, Codable, Equatable {
    public struct Event: Sendable, Codable, Equatable {
        public var at: Int64
        public var kind: String
        public var step: String?
        public var detail: String
    }

    public var order: OrderPayload
    public var flowTitle: LocalizedTextPayload
    public var stepTitle: LocalizedTextPayload
    public var path: [String]
    public var answers: [StepPayload.SummaryLine]
    public var events: [Event]
}

/// A page of orders.
public struct OrderListPayload: Sendable, Codable, Equatable {
    public var orders: [OrderPayload]
}

/// A channel listing.
public struct ChannelListPayload: Sendable, Codable, Equatable {
    public var channels: [ChannelPayload]
}

/// A new captcha picture.
public struct CaptchaPayload: Sendable, Codable, Equatable {
    public var svg: String
}
