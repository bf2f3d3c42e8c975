public import FlowDiagnostics

/// A provider could not do its job (a service down, a timeout, a malformed answer): the step is
/// not completed and can be retried; nothing is committed.
public struct ProviderError: Error, Sendable, Hashable {
    public var provider: String
    public var message: LocalizedMessage

    public init(provider: String, message: LocalizedMessage) {
        self.provider = provider
        self.message = message
    }
}
