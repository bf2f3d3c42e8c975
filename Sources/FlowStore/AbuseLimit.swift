/// How many attempts of one kind (`scope`) one key (a hashed phone, a subject, an order) may make
/// within a sliding window.
public struct AbuseLimit: Sendable, Hashable {
    public var scope: String
    public var maximum: Int
    public var windowMilliseconds: Int64

    public init(scope: String, maximum: Int, windowMilliseconds: Int64) {
        self.scope = scope
        self.maximum = maximum
        self.windowMilliseconds = windowMilliseconds
    }
}
