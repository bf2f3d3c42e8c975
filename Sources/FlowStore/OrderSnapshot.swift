/// An order with everything the engine needs to continue it, read in one snapshot.
public struct OrderSnapshot: Sendable {
    public var order: OrderRecord
    public var answers: [AnswerRecord]
    /// Completed steps in the order they were completed.
    public var stepResults: [StepResultRecord]
    public var materials: [OrderMaterialRecord]
    public var payments: [PaymentRecord]
}
