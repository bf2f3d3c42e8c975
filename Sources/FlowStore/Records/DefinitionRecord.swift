public import Foundation
public import GRDB

/// A compiled flow pinned by its content hash when an order starts.
public struct DefinitionRecord: SnakeCaseRecord {
    public static let databaseTableName = "definition"

    public var hash: String
    public var channel: String
    public var flow: String
    /// The compiled flow as JSON.
    public var body: Data
    public var createdAt: Int64

    public init(hash: String, channel: String, flow: String, body: Data, createdAt: Int64) {
        self.hash = hash
        self.channel = channel
        self.flow = flow
        self.body = body
        self.createdAt = createdAt
    }
}
