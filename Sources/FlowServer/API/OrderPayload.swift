import FlowStore

/// An order's place: where it is, whether it waits, and the version a submission must name.
public struct OrderPayload: Sendable, Codable, Equatable {
    public var id: String
    public var channel: String
    public var flow: String
    public var status: String
    public var step: String
    public var wait: String?
    public var version: Int64
    /// The certificate subject's USCC once known (public data).
    public var subject: String?
    public var createdAt: Int64
    public var updatedAt: Int64

    init(_ record: OrderRecord) {
        id = record.id
        channel = record.channel
        flow = record.flow
        status = record.status.rawValue
        step = record.step
        wait = record.wait
        version = record.version
        subject = record.subject
        createdAt = record.createdAt
        updatedAt = record.updatedAt
    }
}
