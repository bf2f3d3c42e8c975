public import GRDB

/// An applicant's answer to one field, as the process needs it (unmasked; never logged).
public struct AnswerRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "answer"

    public var orderId: String
    public var step: String
    public var field: String
    /// The typed value as JSON (see the engine's `OrderValue`).
    public var value: String

    public init(orderId: String, step: String, field: String, value: String) {
        self.orderId = orderId
        self.step = step
        self.field = field
        self.value = value
    }
}

extension AnswerRecord {
    public init(row: Row) throws {
        self.init(orderId: row[0], step: row[1], field: row[2], value: row[3])
    }
}
