import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Schemathesis (PyPI) generates requests from the served OpenAPI document and runs them against
/// the live server: no 5xx, and every answer's status, content type and body as documented. Its
/// examples are capped to keep the suite lean; the seed is fixed so a failure replays.
@Suite("the HTTP API against its OpenAPI document (schemathesis)")
struct SchemathesisTests {
    static let setupCommand = "python3 -m pip install 'schemathesis==4.32.5' (scripts/ensure-deps does)"

    @Test func generatedRequestsFindNoServerErrorAndNoSchemaViolation() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let key = try await workspace.apiKey(channel: "ca_outlet")
        let server = try await ServerProcess.start(workspace)
        defer { server.send(SIGKILL) }
        // Known identifiers let the generated requests reach past "not found" into the engine.
        let config = try workspace.write("[parameters]\nchannel = \"ca_outlet\"\nflow = \"new_certificate\"\n", to: "schemathesis.toml")
        let tool = ChannelFlowBinary(path: "/usr/bin/env")
        let run = try await tool.run(
            [
                "schemathesis", "--config-file", config, "run", server.baseURL + "/openapi.json",
                "--header", "Authorization: Bearer \(key)",
                "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                "--max-examples", "15", "--seed", "20261126", "--workers", "1",
            ],
            environment: ["NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""], currentDirectory: workspace.directory.path,
            timeout: .seconds(240))
        #expect(run.exitStatus != 127, "schemathesis is not installed; \(Self.setupCommand)")
        #expect(run.exitStatus == 0, "\(run.stdoutText.suffix(6000))\n\(run.stderrText.suffix(2000))")
        #expect(run.stdoutText.contains("passed"))
        let orders = try await workspace.orders()
        #expect(!orders.isEmpty, "the generated requests never started an order")
    }
}
