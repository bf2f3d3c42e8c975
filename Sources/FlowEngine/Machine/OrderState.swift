public import FlowModel
public import FlowStore

/// An order as the machine sees it: where it is and everything it has gathered.
public struct OrderState: Sendable {
    public var id: String
    public var status: OrderStatus
    public var step: String
    public var wait: WaitState?
    public var version: Int64
    /// Field id → answer.
    public var answers: [String: OrderValue]
    /// Dotted output path (`price.amount`) → value, from every action run so far.
    public var outputs: [String: OrderValue]
    /// Completed steps, first to last.
    public var path: [String]
    /// Material id → SHA-256 of the stored file.
    public var materials: [String: String]
    public var guardKind: GuardKind?
    public var guardKey: String?
    public var subject: String?

    public init(id: String, step: String) {
        self.id = id
        self.status = .active
        self.step = step
        self.version = 1
        self.answers = [:]
        self.outputs = [:]
        self.path = []
        self.materials = [:]
    }
}
