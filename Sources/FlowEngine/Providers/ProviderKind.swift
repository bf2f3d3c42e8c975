/// Whether a provider talks to a real service or plays one locally. Every output that comes
/// from a sandbox provider says so.
public enum ProviderKind: String, Sendable, Hashable, Codable {
    case sandbox
    case http
    case pcsc
    case smtp
}

/// What every provider tells about itself.
public protocol Provider: Sendable {
    /// `sandbox`, `http` …: shown next to every result the provider produced.
    var kind: ProviderKind { get }
}
