import FlowDiagnostics
import FlowEngine
public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// POSTs JSON to one service and decodes its JSON answer, for the HTTP adapters.
///
/// Bodies go out and answers come back with snake_case keys (`legalRepID` is `legal_rep_id`).
/// The secret, when there is one, travels as `Authorization: Bearer …`. Every failure — no
/// connection, a timeout, a status outside 2xx, an answer that is not the agreed JSON — becomes a
/// ``ProviderError`` whose message names the URL and what went wrong, never the request body
/// (it carries personal data) nor the answer's body.
public final class HTTPJSONClient: Sendable {
    /// The service's base URL; adapters append their paths to it.
    public let endpoint: URL
    /// How long a request may wait for an answer. Whole seconds, at least one: Foundation on
    /// Linux drops the fraction, and a timeout of 0.5 s fails every request at once.
    public let timeoutSeconds: Int
    private let bearerToken: String?
    private let session: URLSession

    public init(endpoint: URL, timeoutSeconds: Int = 10, bearerToken: String? = nil) {
        self.endpoint = endpoint
        self.timeoutSeconds = max(1, timeoutSeconds)
        self.bearerToken = bearerToken
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Double(self.timeoutSeconds)
        configuration.timeoutIntervalForResource = Double(self.timeoutSeconds)
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// POSTs `body` to `path` under the endpoint with `headers` and returns what the `Answer` it
    /// decodes means; `provider` names the caller in errors. A 4xx status other than 408 and 429
    /// is a permanent refusal: the same request cannot succeed later.
    func post<Answer: HTTPAnswer>(
        _ path: String, _ body: some Encodable, answer _: Answer.Type, provider: String, headers: [String: String] = [:]
    ) async throws(ProviderError) -> Answer.Outcome {
        let url = endpoint.appendingPathComponent(path)
        let shown = Self.shown(url)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var request = URLRequest(url: url, timeoutInterval: Double(timeoutSeconds))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let bearerToken {
            request.setValue("Bearer \(bearerToken)", forHTTPHeaderField: "Authorization")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        do {
            request.httpBody = try encoder.encode(body)
        } catch {
            throw failure(provider, en: "cannot encode the request to \(shown)", zh: "无法编码发往 \(shown) 的请求")
        }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw transportFailure(error, url: shown, provider: provider)
        }
        guard let status = (response as? HTTPURLResponse)?.statusCode else {
            throw failure(provider, en: "\(shown) did not answer over HTTP", zh: "\(shown) 的应答不是 HTTP 应答")
        }
        guard (200..<300).contains(status) else {
            var error = failure(provider, en: "\(shown) answered HTTP \(status)", zh: "\(shown) 返回了 HTTP \(status)")
            error.permanent = (400..<500).contains(status) && status != 408 && status != 429
            throw error
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded: Answer
        do {
            decoded = try decoder.decode(Answer.self, from: data)
        } catch {
            throw failure(
                provider, en: "\(shown) answered with malformed JSON or without the agreed fields",
                zh: "\(shown) 返回的 JSON 格式错误或缺少约定的字段"
            )
        }
        do {
            return try decoded.outcome()
        } catch {
            throw failure(
                provider, en: "\(shown) broke the agreed answer: \(error.message.en)",
                zh: "\(shown) 的应答不符合约定：\(error.message.zh)"
            )
        }
    }

    /// `url` for messages: scheme, host, port and path only.
    static func shown(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        components?.fragment = nil
        return components?.string ?? url.path
    }

    private func transportFailure(_ error: any Error, url: String, provider: String) -> ProviderError {
        let code = (error as? URLError)?.code
        if code == .timedOut {
            return failure(provider, en: "\(url) did not answer within \(timeoutSeconds) s", zh: "\(url) 在 \(timeoutSeconds) 秒内没有应答")
        }
        let number = code.map { " (URLError \($0.rawValue))" } ?? ""
        return failure(provider, en: "cannot reach \(url)\(number)", zh: "无法连接 \(url)\(number)")
    }

    private func failure(_ provider: String, en: String, zh: String) -> ProviderError {
        ProviderError(provider: provider, message: LocalizedMessage(en: en, zh: zh))
    }
}
