public import GRDB

/// A browser's session with the web application: the cookie's SHA-256 (the cookie itself is never
/// stored), the channel it belongs to and the token its forms carry.
public struct WebSessionRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "web_session"

    public var idSha256: String
    public var channel: String
    public var csrfToken: String
    public var createdAt: Int64

    public init(idSha256: String, channel: String, csrfToken: String, createdAt: Int64) {
        self.idSha256 = idSha256
        self.channel = channel
        self.csrfToken = csrfToken
        self.createdAt = createdAt
    }
}
