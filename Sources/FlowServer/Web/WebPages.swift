import Foundation
import Hummingbird
import Mustache

/// The mustache templates of the web application (`Resources/templates/*.mustache`), read once,
/// and the HTML responses rendered from them. `{{ }}` escapes every value; no template uses
/// `{{{ }}}`, so nothing an applicant typed reaches the page unescaped.
enum WebPages {
    /// The templates, or why they could not be read (a broken installation: every page is a 500).
    static let library: Result<MustacheLibrary, any Error> = Result {
        guard let folder = ServerResources.url("templates", extension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        return library
    }

    /// The page `template` rendered with `context`, as an HTML response.
    static func render(_ template: String, _ context: Any, status: HTTPResponse.Status = .ok, cookie: Cookie? = nil) throws -> Response {
        guard let html = try library.get().render(context, withTemplate: template) else {
            throw HTTPError(.internalServerError, message: "no page template \(template)")
        }
        var response = Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .init("X-Frame-Options")!: "DENY"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// Post-redirect-get: after a form, the browser loads the page it leads to.
    static func seeOther(_ location: String) -> Response {
        .redirect(to: location, type: .normal)
    }
}
