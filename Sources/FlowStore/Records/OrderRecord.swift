public import GRDB

/// One row of `orders`: an order's position, status and version.
public struct OrderRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "orders"

    public var id: String
    public var channel: String
    public var flow: String
    public var definitionHash: String
    public var status: OrderStatus
    public var step: String
    public var wait: String?
    /// Bumped by every commit; a submit made against an older version is refused.
    public var version: Int64
    public var guardKind: GuardKind?
    public var guardKey: String?
    /// The subject's USCC once known (public data, shown in full).
    public var subject: String?
    /// Outputs of the current step's actions so far (entry actions, actions before a wait), as
    /// JSON; they join the step's result when it completes.
    public var pending: String
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String, channel: String, flow: String, definitionHash: String, status: OrderStatus, step: String,
        wait: String? = nil, version: Int64 = 1, guardKind: GuardKind? = nil, guardKey: String? = nil,
        subject: String? = nil, pending: String = "{}", createdAt: Int64, updatedAt: Int64
    ) {
        self.id = id
        self.channel = channel
        self.flow = flow
        self.definitionHash = definitionHash
        self.status = status
        self.step = step
        self.wait = wait
        self.version = version
        self.guardKind = guardKind
        self.guardKey = guardKey
        self.subject = subject
        self.pending = pending
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// What an open order locks: its subject (new applications) or its certificate (the rest).
public enum GuardKind: String, Codable, Sendable, Hashable, DatabaseValueConvertible {
    case subject
    case certificate
}

extension OrderRecord {
    /// Decodes by column position (the order of ``columns``): the hot path reads orders often,
    /// and Codable decoding costs more than the query.
    public init(row: Row) throws {
        self.init(
            id: row[0], channel: row[1], flow: row[2], definitionHash: row[3],
            status: try row.decode(atIndex: 4), step: row[5], wait: row[6], version: row[7],
            guardKind: try row.decode(atIndex: 8), guardKey: row[9], subject: row[10],
            pending: row[11], createdAt: row[12], updatedAt: row[13])
    }

    /// The columns ``init(row:)`` expects, in order.
    static let columns = "id, channel, flow, definition_hash, status, step, wait, version, guard_kind, guard_key, subject, pending, created_at, updated_at"
}

extension OrderRecord {
    /// The groups of indexed columns (the guard's unique index, the listings by channel, status
    /// and subject) in which this order differs from `previous`.
    func changedIndexedColumns(from previous: OrderRecord) -> StepSQL.IndexedColumns {
        var changed: StepSQL.IndexedColumns = []
        if status != previous.status { changed.insert(.status) }
        if guardKind != previous.guardKind || guardKey != previous.guardKey { changed.insert(.guardColumns) }
        if subject != previous.subject { changed.insert(.subject) }
        return changed
    }
}
