import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Foundation
import Hummingbird
import Synchronization

/// Idempotency keys (the `Idempotency-Key` header) on the API's state-changing requests: the
/// first answer under a key is kept and replayed to every retry of the same request, so a
/// retried submission is never applied twice. A key reused for a different request is refused
/// (422); a retry while the first is still running waits for nothing and gets 409. Answers of
/// 5xx are not kept: the request did not happen and may be tried again. A key is kept 24 hours.
final class Idempotency: Sendable {
    private let store: OrderStore
    private let clock: any EngineClock
    private let running = Mutex<Set<String>>([])
    /// How long an answer is replayed (milliseconds).
    static let expiry: Int64 = 24 * 3_600_000

    init(store: OrderStore, clock: any EngineClock) {
        self.store = store
        self.clock = clock
    }

    /// Runs `work` once per (channel, key); `fingerprint` identifies the request (method, path, body).
    func run(
        key: String?, channel: String, fingerprint: String, _ work: () async throws -> JSONReply
    ) async throws -> Response {
        guard let key else { return try await Self.reply(work).response }
        guard (1...255).contains(key.utf8.count), key.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value <= 0x7E }) else {
            throw Problem.badRequest(LocalizedMessage(
                en: "Idempotency-Key must be 1 to 255 visible ASCII characters", zh: "Idempotency-Key 须为 1 至 255 个可见 ASCII 字符"))
        }
        if let kept = try store.idempotentResponse(channel: channel, key: key, since: clock.now() - Self.expiry) { return try replay(kept, fingerprint: fingerprint) }
        let slot = channel + "\u{0}" + key
        guard running.withLock({ $0.insert(slot).inserted }) else {
            throw Problem(.conflict, kind: "idempotency-in-progress", title: "The first request with this key is still running",
                          message: LocalizedMessage(
                            en: "a request with this Idempotency-Key is still being processed; retry shortly",
                            zh: "使用该 Idempotency-Key 的请求仍在处理中，请稍后重试"))
        }
        defer { running.withLock { _ = $0.remove(slot) } }
        // Another process (or this one, just before) may have finished it between the two reads.
        if let kept = try store.idempotentResponse(channel: channel, key: key, since: clock.now() - Self.expiry) { return try replay(kept, fingerprint: fingerprint) }
        let reply = try await Self.reply(work)
        guard reply.status.code < 500 else { return reply.response }
        let kept = try store.keep(IdempotentResponse(
            channel: channel, key: key, requestSha256: fingerprint, status: reply.status.code, contentType: reply.contentType,
            body: reply.body, createdAt: clock.now()), expiry: Self.expiry)
        return try replay(kept, fingerprint: fingerprint, first: kept.body == reply.body ? reply : nil)
    }

    /// The request's identity: method, path and the SHA-256 of its body.
    static func fingerprint(_ request: Request, bodySHA256: String) -> String {
        let text = "\(request.method.rawValue) \(request.uri.path)\n\(bodySHA256)"
        return SHA256Hex.of(text.utf8)
    }

    private func replay(_ kept: IdempotentResponse, fingerprint: String, first: JSONReply? = nil) throws -> Response {
        guard kept.requestSha256 == fingerprint else {
            throw Problem(.unprocessableContent, kind: "idempotency-key-reused", title: "Idempotency key reused",
                          message: LocalizedMessage(
                            en: "this Idempotency-Key was used for a different request", zh: "该 Idempotency-Key 已用于另一个不同的请求"))
        }
        if let first { return first.response }
        var response = JSONReply(status: .init(code: kept.status), contentType: kept.contentType, body: kept.body).response
        response.headers[.init("Idempotent-Replayed")!] = "true"
        return response
    }

    /// The work's answer, a refusal included, as the bytes the client receives.
    private static func reply(_ work: () async throws -> JSONReply) async throws -> JSONReply {
        do { return try await work() } catch let problem as Problem { return try JSONReply(problem) }
    }
}
