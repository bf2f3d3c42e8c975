public import FlowDiagnostics

/// A provider could not do its job (a service down, a timeout, a malformed answer): the step is
/// not completed and can be retried; nothing is committed.
public struct ProviderError: Error, Sendable, Hashable {
    public var provider: String
    public var message: LocalizedMessage
    /// The service refused the request itself (an SMTP 5xx, an HTTP 4xx): sending it again cannot
    /// help, so the outbox gives the message up instead of retrying.
    public var permanent: Bool

    public init(provider: String, message: LocalizedMessage, permanent: Bool = false) {
        self.provider = provider
        self.message = message
        self.permanent = permanent
    }
}
