import Foundation
import Testing

/// `channelflow yaml` and the command line's contract (help, exit codes) on the built binary.
@Suite("channelflow yaml and the command line")
struct YAMLCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    @Test func printsEachDocumentAsOneLineOfJSONInSourceOrder() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["yaml", "-"], stdin: .bytes(Array("z: 1\na: [yes, 0123]\n--- ~\n".utf8)), environment: english
        )
        #expect(run.exitStatus == 0)
        #expect(run.stdoutText == "{\"z\":1,\"a\":[\"yes\",\"0123\"]}\nnull\n")
    }

    @Test func prettyAndPositions() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["yaml", "--pretty", "--positions", "-"], stdin: .bytes(Array("a: b\n".utf8)), environment: english
        )
        #expect(run.stdoutText.hasPrefix("{\n  \"line\": 1,\n  \"column\": 1,"))
        #expect(run.stdoutText.contains("\"keys\": {\n    \"a\": {\n      \"line\": 1,"))
    }

    @Test func shippedFlowReadsAsJSON() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["yaml", "Flows/new_certificate.yaml"], environment: english, currentDirectory: ShippedProject.root.path
        )
        #expect(run.exitStatus == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
        #expect(document["flow"] as? String == "new_certificate")
    }

    @Test(arguments: [["--help"], ["yaml", "--help"], ["lint", "--help"], ["explain", "--help"], ["catalog", "--help"], ["bench", "--help"]])
    func helpExitsZero(_ arguments: [String]) async throws {
        let run = try await ChannelFlowBinary.located().run(arguments, environment: english)
        #expect(run.exitStatus == 0)
        #expect(run.stdoutText.contains("USAGE:"))
    }

    @Test(arguments: [["yaml"], ["yaml", "--bogus", "x"], ["no-such-command"], ["yaml", "--max-depth", "0", "-"]])
    func badCommandLinesExitTwo(_ arguments: [String]) async throws {
        let run = try await ChannelFlowBinary.located().run(arguments, environment: english)
        #expect(run.exitStatus == 2, "\(run.stderrText)")
    }

    @Test func unreadableFileExitsTwoAndOthersStillPrint() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["yaml", "no-such-file.yaml", "-"], stdin: .bytes(Array("a: 1\n".utf8)), environment: english
        )
        #expect(run.exitStatus == 2)
        #expect(run.stderrText == "channelflow: cannot read no-such-file.yaml: No such file or directory\n")
        #expect(run.stdoutText == "{\"a\":1}\n")
    }

    @Test func jsonDiagnosticsCarryBothLanguages() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["yaml", "--diagnostic-format", "json", "-"], stdin: .bytes(Array("a: 1\na: 2\n".utf8)), environment: english
        )
        #expect(run.exitStatus == 1)
        let diagnostic = try #require(try JSONSerialization.jsonObject(with: Data(run.stderr)) as? [String: Any])
        #expect(diagnostic["id"] as? String == "yaml-duplicate-key")
        #expect((diagnostic["message"] as? [String: String])?["zh"] == "重复的键 \"a\"（首次定义于 1:1）")
    }
}
