public import GRDB

/// The UKEY's shipment to an order's mailing address.
public struct ShipmentRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "shipment"

    public enum Status: String, Codable, Sendable, CaseIterable {
        case pending
        case shipped
        case delivered
    }

    public var orderId: String
    public var address: String
    public var status: Status
    /// The logistics provider's tracking number once shipped.
    public var tracking: String?
    public var updatedAt: Int64

    public init(orderId: String, address: String, status: Status, tracking: String? = nil, updatedAt: Int64) {
        self.orderId = orderId
        self.address = address
        self.status = status
        self.tracking = tracking
        self.updatedAt = updatedAt
    }
}
