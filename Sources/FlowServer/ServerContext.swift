public import Hummingbird

/// The request context of every route: the API's authenticated channel, once the key is checked.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The channel whose API key signed the request (API routes only).
    public var channel: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
