public import GRDB

/// A completed step: where it sits in the order's path and what its actions produced.
public struct StepResultRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "step_result"

    public var orderId: String
    public var step: String
    /// 1 for the first completed step, then 2, 3 …: the path the order took.
    public var position: Int64
    /// Action outputs as a JSON object of dotted paths (`price.amount`) to values.
    public var outputs: String
    public var completedAt: Int64

    public init(orderId: String, step: String, position: Int64, outputs: String, completedAt: Int64) {
        self.orderId = orderId
        self.step = step
        self.position = position
        self.outputs = outputs
        self.completedAt = completedAt
    }
}

extension StepResultRecord {
    public init(row: Row) throws {
        self.init(orderId: row[0], step: row[1], position: row[2], outputs: row[3], completedAt: row[4])
    }
}
