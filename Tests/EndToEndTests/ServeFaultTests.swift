import FlowBench
import Foundation
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
        let inFlight = try await Self.halfSentRequest(server, key: key)
        server.send(SIGKILL)
        #expect(await server.termination(within: .seconds(10)) == .signaled(SIGKILL))
        await #expect(throws: (any Error).self, "the request in flight was answered") { try await inFlight.reply() }
        let tally = await load.value.tally

        #expect(tally.acknowledged.count >= 5, "the load hardly ran: \(tally.failures)")
        #expect(tally.failures.keys.allSatisfy { $0 == "no response" }, "\(tally.failures)")
        try await Self.expectDurable(tally.acknowledged, in: workspace, key: key)
    }

    @Test("SIGTERM with requests in flight: they are answered, the server exits 0, every acknowledged step is kept")
    func stoppedGracefully() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let (key, server, load) = try await Self.serveUnderLoad(workspace)
        try await Task.sleep(for: .seconds(1))

        let slow = try await Self.halfSentRequest(server, key: key)
        server.send(SIGTERM)
        try await Task.sleep(for: .milliseconds(700))
        #expect(!server.hasEnded, "the server exited with a request in flight")
        try slow.send(Array("}".utf8))
        let reply = try await slow.reply()
        #expect(reply.status == 201, "\(String(decoding: reply.body, as: UTF8.self))")
        let started = try JSONDecoder().decode(Started.self, from: Data(reply.body)).step.order

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
            await APILoad(port: server.port, key: key, script: script, clients: 6, limit: .duration(.seconds(60))).run()
        }
        return (key, server, load)
    }

    /// A request to start an order, certainly in flight: its head and half its body are sent and
    /// given time to arrive; the other half (`}`) is the caller's to send.
    private static func halfSentRequest(_ server: ServerProcess, key: String) async throws -> TestConnection {
        let connection = TestConnection(port: server.port)
        let head = LoopbackHTTPConnection.head(
            "POST", "/api/v1/channels/ca_outlet/flows/new_certificate/orders",
            headers: [("Authorization", "Bearer \(key)"), ("Content-Type", "application/json")], bodyLength: 2)
        try connection.send(head + Array("{".utf8))
        try await Task.sleep(for: .milliseconds(300))
        return connection
    }

    /// Restarted on the same database, the server shows every acknowledged order at least at the
    /// version it acknowledged, with the acknowledged step on its path; then it stops cleanly and
    /// `orders check` passes.
    private static func expectDurable(
        _ acknowledged: [AcknowledgedStep], in workspace: OrderWorkspace, key: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let server = try await ServerProcess.start(workspace)
        let connection = TestConnection(port: server.port)
        for (order, steps) in Dictionary(grouping: acknowledged, by: \.order) {
            let reply = try await connection.get("/api/v1/orders/\(order)", key: key)
            try #require(reply.status == 200, "order \(order): \(reply.status)", sourceLocation: sourceLocation)
            let shown = try JSONDecoder().decode(Shown.self, from: Data(reply.body))
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
