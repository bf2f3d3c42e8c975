import Hummingbird
import HummingbirdTesting
import Logging
import TestLogging
import Testing

/// The server's log: one access line per request (method, path, status, milliseconds), and no
/// personal data anywhere in it, not even from refused answers.
@Suite("the access log")
struct AccessLogTests {
    static let personalData = ["110101199003070011", "310104198512300024", "13812345678", "13912345678", "110101199003070012"]

    @Test func oneLinePerRequestAndNoPersonalData() async throws {
        let lines = RecordingLogHandler.Store()
        let server = try TestServer(logger: Logger(label: "server", factory: { _ in RecordingLogHandler(lines) }))
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            let (order, version) = try await SubmissionTests.atMaterials(api)
            try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/materials?mobile=13812345678",
                json: #"{"version": \#(version), "answers": {"legal_rep_id": "110101199003070012"}}"#)
        }
        let access = lines.all.filter { $0.contains(" request ") && $0.contains("path=/api/v1/") }
        #expect(access.count == 7, "\(lines.all)")
        #expect(access.allSatisfy { $0.contains("method=POST") && $0.contains("status=") && $0.contains("ms=") })
        #expect(access.contains { $0.contains("path=/api/v1/orders/") && $0.contains("status=422") })
        for line in lines.all {
            for value in Self.personalData { #expect(!line.contains(value), "\(line)") }
        }
    }
}
