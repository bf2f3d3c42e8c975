import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// One request to the API as a load client saw it.
public struct APIExchange: Sendable {
    /// The response's status, or nil when no response came (refused, reset, timed out).
    public var status: Int?
    public var body: [UInt8]
    public var seconds: Double
}

/// A client of the JSON API over a real socket (AsyncHTTPClient), with an API key and as many
/// keep-alive connections as there are load clients, so none waits for another's connection.
final class APIClient: Sendable {
    private let http: HTTPClient
    private let baseURL: String
    private let key: String

    init(baseURL: String, key: String, connections: Int) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(60))
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.baseURL = baseURL
        self.key = key
    }

    /// POSTs `body` to `path` (under the base URL); a failure to get a response is an exchange
    /// without a status, never a thrown error, so a load run counts it and goes on.
    func post(_ path: String, body: [UInt8], contentType: String) async -> APIExchange {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Content-Type", value: contentType)
        request.body = .bytes(body)
        let start = ContinuousClock.now
        do {
            let response = try await http.execute(request, timeout: .seconds(60))
            let bytes = try await response.body.collect(upTo: 16 << 20)
            return APIExchange(
                status: Int(response.status.code), body: Array(bytes.readableBytesView),
                seconds: EngineBenchmark.seconds(ContinuousClock.now - start))
        } catch {
            return APIExchange(status: nil, body: [], seconds: EngineBenchmark.seconds(ContinuousClock.now - start))
        }
    }

    func shutdown() async {
        try? await http.shutdown()
    }
}
