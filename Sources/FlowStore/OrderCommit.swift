/// Everything one completed step (or one operation such as cancel) changes, written in one
/// transaction: all of it becomes visible together, or none of it.
public struct OrderCommit: Sendable {
    /// The order as it is after the commit; its `version` is the one the change was made against.
    public var order: OrderRecord
    public var answers: [AnswerRecord] = []
    /// Steps no longer completed because the applicant went back past them.
    public var reopenedSteps: [String] = []
    public var stepResults: [StepResultRecord] = []
    public var events: [EventRecord] = []
    public var outbox: [OutboxRecord] = []
    public var codes: [OneTimeCodeRecord] = []
    public var payments: [PaymentRecord] = []
    public var materialBlobs: [MaterialBlobRecord] = []
    public var orderMaterials: [OrderMaterialRecord] = []
    /// The mailing address answered: a pending shipment (re-addressed while still pending).
    public var shipments: [ShipmentRecord] = []
    /// Invoices issued with the payment this commit records.
    public var invoices: [InvoiceRecord] = []

    /// The order as it was read before this commit changed it; nil for a new order. It must be the
    /// stored row at `order.version` (as read, or as last committed), not a record made up: the
    /// store writes only the indexed columns in which `order` differs from it.
    public var previous: OrderRecord?

    public init(order: OrderRecord, previous: OrderRecord? = nil) {
        self.order = order
        self.previous = previous
    }
}
