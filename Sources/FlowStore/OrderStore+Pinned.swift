import GRDB

/// Where open orders of one (channel, flow) stand: how many sit at each step of each pinned definition.
public struct PinnedPosition: Sendable, Hashable {
    public var definitionHash: String
    public var step: String
    public var count: Int
}

extension OrderStore {
    /// Open orders (active or waiting) of a channel's flow, counted by pinned definition and
    /// current step, sorted by hash then step.
    public func openPositions(channel: String, flow: String) throws -> [PinnedPosition] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT definition_hash, step, COUNT(*) FROM orders
                WHERE channel = ? AND flow = ? AND status IN ('active', 'waiting')
                GROUP BY definition_hash, step ORDER BY definition_hash, step
                """, arguments: [channel, flow]).map { row in
                PinnedPosition(definitionHash: row[0], step: row[1], count: row[2])
            }
        }
    }
}
