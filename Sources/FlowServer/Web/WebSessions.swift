import FlowDiagnostics
import FlowEngine
import FlowModel
import FlowStore
import Hummingbird

/// The browser sessions of the web application. A session is a random cookie (32 bytes, hex)
/// scoped to one channel's pages (`Path=/web/CHANNEL`); only its SHA-256 is stored, so the
/// database cannot be used to take one over. Each session has the CSRF token its forms carry.
struct WebSessions: Sendable {
    static let cookieName = "channelflow_session"

    let store: OrderStore
    let clock: any EngineClock
    let secureCookies: Bool

    /// The browser's session with `channel`, or nil when it has none (or another channel's).
    func existing(_ request: Request, channel: String) throws -> WebSessionRecord? {
        guard let cookie = request.cookies[Self.cookieName]?.value, cookie.utf8.count == 64 else { return nil }
        guard let record = try store.webSession(idSha256: APIKeys.sha256(cookie)), record.channel == channel else { return nil }
        return record
    }

    /// The browser's session, or a new one with the cookie the response must set.
    func current(_ request: Request, channel: String) throws -> (WebSessionRecord, cookie: Cookie?) {
        if let record = try existing(request, channel: channel) { return (record, nil) }
        let secret = Hex.random(bytes: 32)
        let record = WebSessionRecord(
            idSha256: APIKeys.sha256(secret), channel: channel, csrfToken: Hex.random(bytes: 32), createdAt: clock.now())
        try store.insert(record)
        let cookie = Cookie(
            name: Self.cookieName, value: secret, path: "/web/\(channel)", secure: secureCookies, httpOnly: true, sameSite: .lax)
        return (record, cookie)
    }

    /// The session a form was posted from, when its CSRF token is the session's: a form from
    /// another site (or a request without the session) is refused.
    func posted(_ request: Request, channel: String, token: String?) throws -> WebSessionRecord {
        guard let record = try existing(request, channel: channel) else { throw Self.forged }
        return try checked(record, token: token)
    }

    /// The session, when a form's CSRF token is its own.
    func checked(_ record: WebSessionRecord, token: String?) throws -> WebSessionRecord {
        guard let token, APIKeys.constantTimeEqual(token, record.csrfToken) else { throw Self.forged }
        return record
    }

    private static let forged = Problem(
        .forbidden, kind: "csrf", title: "Forbidden",
        message: LocalizedMessage(
            en: "this form has expired or did not come from this site; open the page again and resubmit",
            zh: "表单已失效或并非来自本站，请重新打开页面后再提交"))

    /// Whether the session started the order: an order is reachable from the web only by the
    /// browser that started it.
    func owns(_ session: WebSessionRecord, order: String) throws -> Bool {
        try store.session(session.idSha256, started: order)
    }
}
