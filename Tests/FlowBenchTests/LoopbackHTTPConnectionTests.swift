import FlowBench
import Testing

@Suite("LoopbackHTTPConnection")
struct LoopbackHTTPConnectionTests {
    private static let ok = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"

    @Test("two requests share one keep-alive connection, each reply read by its length")
    func keepAlive() throws {
        let server = try ScriptedServer([.send(Self.ok), .send("HTTP/1.1 201 Created\r\ncontent-length: 6\r\n\r\nsecond")])
        defer { server.stop() }
        let connection = LoopbackHTTPConnection(port: server.port)
        let first = try connection.request("POST", "/a", headers: [("Authorization", "Bearer k")], body: Array("{}".utf8))
        let second = try connection.request("POST", "/b")
        #expect(first.status == 200 && String(decoding: first.body, as: UTF8.self) == "first")
        #expect(second.status == 201 && String(decoding: second.body, as: UTF8.self) == "second")
        #expect(server.connections == 1)
        #expect(server.requests.first == "POST /a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nAuthorization: Bearer k\r\n\r\n{}")
    }

    @Test("a chunked reply, with a chunk extension and a trailer, is joined")
    func chunked() throws {
        let server = try ScriptedServer([
            .send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nchun\r\n3\r\nked\r\n0\r\nTrailer: t\r\n\r\n"),
            .send(Self.ok),
        ])
        defer { server.stop() }
        let connection = LoopbackHTTPConnection(port: server.port)
        #expect(String(decoding: try connection.request("GET", "/").body, as: UTF8.self) == "chunked")
        #expect(try connection.request("GET", "/").status == 200)
        #expect(server.connections == 1)
    }

    @Test("after a reply that closes the connection, the next request connects again")
    func reconnectsAfterClose() throws {
        let server = try ScriptedServer([
            .sendAndClose("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nfirst"), .send(Self.ok),
        ])
        defer { server.stop() }
        let connection = LoopbackHTTPConnection(port: server.port)
        _ = try connection.request("GET", "/")
        #expect(try connection.request("GET", "/").status == 200)
        #expect(server.connections == 2)
    }

    @Test("a reply without a length runs to the end of the connection; 100 Continue is skipped")
    func untilClosed() throws {
        let server = try ScriptedServer([.sendAndClose("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\n\r\nall of it")])
        defer { server.stop() }
        let reply = try LoopbackHTTPConnection(port: server.port).request("GET", "/")
        #expect(reply.status == 200 && String(decoding: reply.body, as: UTF8.self) == "all of it")
    }

    @Test("a reply cut short, a malformed one and a refused connection are errors, not replies")
    func failures() throws {
        let server = try ScriptedServer([
            .sendAndClose("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), .sendAndClose("SMTP ready\r\n\r\n"),
            .send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n"),
        ])
        let connection = LoopbackHTTPConnection(port: server.port)
        #expect { try connection.request("GET", "/") } throws: { ($0 as? LoopbackHTTPError)?.description == LoopbackHTTPError.closed.description }
        #expect { try connection.request("GET", "/") } throws: { "\($0)".hasPrefix("malformed reply: status line") }
        #expect { try connection.request("GET", "/") } throws: { "\($0)".hasPrefix("malformed reply: chunk size") }
        server.stop()
        #expect { try LoopbackHTTPConnection(port: server.port).request("GET", "/") } throws: { "\($0)".hasPrefix("cannot connect") }
    }
}
