/// How `channelflow serve` listens and what it accepts.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The largest request body, enforced while it streams in (a larger one is refused with 413
    /// before the rest is read).
    public var maxRequestBytes: Int
    /// How long a connection may stay idle (a stalled client) before it is closed.
    public var idleTimeoutSeconds: Int64
    /// Channel id → the roles its sandbox providers play: the pages say so, and offer the sandbox
    /// shortcuts (a code typed as `sandbox`, the sandbox payment page) only where they apply.
    public var sandboxRoles: [String: [String]]
    /// Marks the web application's session cookie `Secure` (sent over HTTPS only): for a server
    /// behind a TLS proxy. Off by default, since plain http on loopback would never send it back.
    public var secureCookies: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxRequestBytes: Int = 48 << 20, idleTimeoutSeconds: Int64 = 30,
        sandboxRoles: [String: [String]], secureCookies: Bool = false
    ) {
        self.host = host
        self.port = port
        self.maxRequestBytes = maxRequestBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.sandboxRoles = sandboxRoles
        self.secureCookies = secureCookies
    }
}
