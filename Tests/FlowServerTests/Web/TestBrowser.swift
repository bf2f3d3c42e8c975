import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A browser for the route tests: keeps the session cookie the pages set, reads the CSRF token
/// of the last page, and posts forms as multipart/form-data like the pages do.
final class TestBrowser {
    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var html: String
    }

    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    func get(_ uri: String) async throws -> Page {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = "channelflow_session=\(cookie)" }
        return remember(try await client.executeRequest(uri: uri, method: .get, headers: headers, body: nil))
    }

    /// Posts a form with the page's CSRF token (or `token` when given); `files` maps an input
    /// name to a file name and its bytes.
    @discardableResult
    func post(
        _ uri: String, _ fields: [String: String] = [:], files: [String: (String, [UInt8])] = [:], token: String? = nil
    ) async throws -> Page {
        let boundary = "test-boundary-7MA4YWxkTrZu0gW"
        var body = ByteBuffer()
        var all = fields
        all["_csrf"] = token ?? csrf ?? ""
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, (fileName, bytes)) in files.sorted(by: { $0.key < $1.key }) {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let cookie { headers[.cookie] = "channelflow_session=\(cookie)" }
        return remember(try await client.executeRequest(uri: uri, method: .post, headers: headers, body: body))
    }

    /// The hidden `_version` of the last step page.
    static func version(_ page: Page) -> String {
        value(of: "_version", in: page.html) ?? ""
    }

    /// The `value` of the input named `name`.
    static func value(of name: String, in html: String) -> String? {
        guard let input = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[input.upperBound...].prefix { $0 != "\"" })
    }

    private func remember(_ response: TestResponse) -> Page {
        if let set = response.headers[.setCookie], let value = set.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last {
            cookie = String(value)
        }
        let html = String(buffer: response.body)
        if let token = Self.value(of: "_csrf", in: html) { csrf = token }
        return Page(status: response.status, headers: response.headers, html: html)
    }
}
