public import GRDB

/// The first answer given to a state-changing request under an idempotency key, replayed to every
/// retry of the same request.
public struct IdempotentResponse: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "idempotent_response"

    public var channel: String
    public var key: String
    /// What the request asked (method, path, body), so the key cannot be reused for another request.
    public var requestSha256: String
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var createdAt: Int64

    public init(
        channel: String, key: String, requestSha256: String, status: Int, contentType: String, body: [UInt8], createdAt: Int64
    ) {
        self.channel = channel
        self.key = key
        self.requestSha256 = requestSha256
        self.status = status
        self.contentType = contentType
        self.body = body
        self.createdAt = createdAt
    }
}
