import AsyncHTTPClient
import FlowBench
import Foundation
import NIOCore
import NIOHTTP1
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `channelflow serve` under load and faults: killed with SIGKILL while clients submit steps, no
/// step it acknowledged is lost; stopped with SIGTERM, the requests in flight still get their
/// answers and the process exits 0. Either way the database passes `orders check`.
@Suite("serve: SIGKILL under load and graceful shutdown")
struct ServeFaultTests {
    /// What `GET /api/v1/orders/{order}` says of an order's progress.
    private struct Shown: Decodable {
        struct Order: Decodable {
            var id: String
            var step: String
            var version: Int64
        }

        var order: Order
        var path: [String]
    }

    /// The little of a `{report, step}` answer that names the order.
    private struct Started: Decodable {
        struct Step: Decodable {
            var order: Shown.Order
        }

        var step: Step
    }

    @Test("SIGKILL while clients submit steps: every acknowledged step is in the database after a restart")
    func killedUnderLoad() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let (key, server, load) = try await Self.serveUnderLoad(workspace)
        try await Task.sleep(for: .seconds(2))
        // The load's own requests are in flight most of the time, but on a busy machine all six
        // clients can be between two requests at the signal: this one certainly is in flight.
        let (inFlight, rest) = try await Self.halfSentRequest(server, key: key)
        server.send(SIGKILL)
        #expect(await server.termination(within: .seconds(10)) == .signaled(SIGKILL))
        let answered = await inFlight.result
        rest.finish()
        let tally = await load.value.tally

        #expect(tally.acknowledged.count >= 5, "the load hardly ran: \(tally.failures)")
        #expect(throws: (any Error).self, "the request in flight was answered") { try answered.get() }
        #expect(tally.failures.keys.allSatisfy { $0 == "no response" }, "\(tally.failures)")
        try await Self.expectDurable(tally.acknowledged, in: workspace, key: key)
    }

    @Test("SIGTERM with requests in flight: they are answered, the server exits 0, every acknowledged step is kept")
    func stoppedGracefully() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let (key, server, load) = try await Self.serveUnderLoad(workspace)
        try await Task.sleep(for: .seconds(1))

        let (slow, rest) = try await Self.halfSentRequest(server, key: key)
        server.send(SIGTERM)
        try await Task.sleep(for: .milliseconds(700))
        #expect(!server.hasEnded, "the server exited with a request in flight")
        rest.yield(ByteBuffer(string: "}"))
        rest.finish()
        let (status, body) = try await slow.value
        #expect(status == 201, "\(String(decoding: body, as: UTF8.self))")
        let started = try JSONDecoder().decode(Started.self, from: Data(body)).step.order

        let termination = await server.termination(within: .seconds(30))
        #expect(termination == .exited(0), "\(server.stderrText)")
        let tally = await load.value.tally
        #expect(tally.acknowledged.count >= 5, "the load hardly ran: \(tally.failures)")
        #expect(tally.failures.keys.allSatisfy { $0 == "no response" }, "\(tally.failures)")
        try await Self.expectDurable(
            tally.acknowledged + [AcknowledgedStep(order: started.id, step: nil, version: started.version)], in: workspace, key: key)
    }

    /// `channelflow serve` on the workspace's database, with an API key of `ca_outlet` and six
    /// clients running sample orders back to back until the server stops answering.
    private static func serveUnderLoad(
        _ workspace: OrderWorkspace
    ) async throws -> (key: String, server: ServerProcess, load: Task<APILoad.Result, Never>) {
        let created = try await workspace.channelflow(["apikey", "create", "--channel", "ca_outlet", "--project", workspace.project])
        try #require(created.exitStatus == 0, "\(created.summary)\n\(created.stderrText)")
        let key = created.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        let script = APIScript(channel: "ca_outlet", flow: "new_certificate", book: try ShippedAnswers.newCertificate().book())
        let server = try await ServerProcess.start(workspace)
        let load = Task {
            await APILoad(baseURL: server.baseURL, key: key, script: script, clients: 6, limit: .duration(.seconds(60))).run()
        }
        return (key, server, load)
    }

    /// A request to start an order, certainly in flight: its head and half its body are sent and
    /// given time to arrive; the other half (`}`) is the caller's to send.
    private static func halfSentRequest(
        _ server: ServerProcess, key: String
    ) async throws -> (response: Task<(Int, [UInt8]), any Error>, rest: AsyncStream<ByteBuffer>.Continuation) {
        let (chunks, writer) = AsyncStream.makeStream(of: ByteBuffer.self)
        var request = HTTPClientRequest(url: server.baseURL + "/api/v1/channels/ca_outlet/flows/new_certificate/orders")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .stream(chunks, length: .known(Int64(2)))
        let response = Task {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            return (Int(response.status.code), Array(try await response.body.collect(upTo: 1 << 20).readableBytesView))
        }
        writer.yield(ByteBuffer(string: "{"))
        try await Task.sleep(for: .milliseconds(300))
        return (response, writer)
    }

    /// Restarted on the same database, the server shows every acknowledged order at least at the
    /// version it acknowledged, with the acknowledged step on its path; then it stops cleanly and
    /// `orders check` passes.
    private static func expectDurable(
        _ acknowledged: [AcknowledgedStep], in workspace: OrderWorkspace, key: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let server = try await ServerProcess.start(workspace)
        for (order, steps) in Dictionary(grouping: acknowledged, by: \.order) {
            var request = HTTPClientRequest(url: server.baseURL + "/api/v1/orders/\(order)")
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 1 << 22)
            try #require(response.status.code == 200, "order \(order): \(response.status)", sourceLocation: sourceLocation)
            let shown = try JSONDecoder().decode(Shown.self, from: Data(body.readableBytesView))
            for step in steps {
                #expect(shown.order.version >= step.version, "order \(order) lost step \(step.step ?? "start")", sourceLocation: sourceLocation)
                // A step that ends by waiting (the review) is where the order stands, not on its path yet.
                let kept = step.step.map { shown.path.contains($0) || shown.order.step == $0 } ?? true
                #expect(kept, "order \(order) lost step \(step.step ?? "start")", sourceLocation: sourceLocation)
            }
        }
        server.send(SIGTERM)
        #expect(await server.termination(within: .seconds(30)) == .exited(0), sourceLocation: sourceLocation)
        try await workspace.expectSound(sourceLocation: sourceLocation)
    }
}
