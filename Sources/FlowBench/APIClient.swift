/// One request to the API as a load client saw it.
public struct APIExchange: Sendable {
    /// The response's status, or nil when no response came (refused, reset, timed out).
    public var status: Int?
    public var body: [UInt8]
    public var seconds: Double
}

/// One load client's way to the JSON API: its own keep-alive connection and the API key.
final class APIClient {
    private let connection: LoopbackHTTPConnection
    private let key: String

    init(port: Int, key: String) {
        connection = LoopbackHTTPConnection(port: port)
        self.key = key
    }

    /// POSTs `body` to `path`; a failure to get a response is an exchange without a status, never
    /// a thrown error, so a load run counts it and goes on.
    func post(_ path: String, body: [UInt8], contentType: String) -> APIExchange {
        let start = ContinuousClock.now
        let reply = try? connection.request(
            "POST", path, headers: [("Authorization", "Bearer \(key)"), ("Content-Type", contentType)], body: body)
        return APIExchange(status: reply?.status, body: reply?.body ?? [], seconds: EngineBenchmark.seconds(ContinuousClock.now - start))
    }

    func close() {
        connection.close()
    }
}
