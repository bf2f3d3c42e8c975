import Foundation
import Testing

/// `channelflow graph` on the built binary: DOT and Mermaid snapshots, SVG and PNG through Graphviz.
@Suite("channelflow graph")
struct GraphCommandTests {
    private let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]

    private func graph(_ arguments: [String], environment: [String: String] = [:]) async throws -> ChannelFlowBinary.Run {
        try await ChannelFlowBinary.located().run(
            ["graph"] + arguments, environment: english.merging(environment) { $1 }, currentDirectory: ShippedProject.root.path)
    }

    @Test(arguments: [
        ("new_certificate", "dot", "graph-ca_outlet-new_certificate.dot"),
        ("new_certificate", "mermaid", "graph-ca_outlet-new_certificate.mmd"),
        ("order_management", "dot", "graph-ca_outlet-order_management.dot"),
    ])
    func textFormatsMatchTheirSnapshots(_ flow: String, _ format: String, _ snapshot: String) async throws {
        let run = try await graph(["--channel", "ca_outlet", "--flow", flow, "--format", format])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        try Snapshot.expect(run.stdoutText, matches: snapshot)
    }

    @Test func svgAndPNGAreDrawnByGraphviz() async throws {
        let folder = try TemporaryDirectory(prefix: "channelflow-graph")
        defer { folder.remove() }
        let svg = try await graph(["--channel", "ca_outlet", "--flow", "new_certificate", "--format", "svg", "-o", "\(folder.path)/flow.svg"])
        #expect(svg.exitStatus == 0, "\(svg.stderrText)")
        let drawing = try String(contentsOfFile: "\(folder.path)/flow.svg", encoding: .utf8)
        #expect(drawing.contains("<svg") && drawing.contains("选择核验方式") && drawing.contains("Approved and issued"))
        let png = try await graph(["--channel", "ca_outlet", "--flow", "new_certificate", "--format", "png", "-o", "\(folder.path)/flow.png"])
        #expect(png.exitStatus == 0, "\(png.stderrText)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/flow.png"))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func withoutGraphvizSVGIsAClearUsageError() async throws {
        let empty = try TemporaryDirectory(prefix: "channelflow-no-dot")
        defer { empty.remove() }
        let run = try await graph(["--channel", "ca_outlet", "--flow", "new_certificate", "--format", "svg"], environment: ["PATH": empty.path])
        #expect(run.exitStatus == 2)
        #expect(run.stderrText.contains("`dot` is not installed (not found on PATH); install Graphviz"), "\(run.stderrText)")
        let text = try await graph(["--channel", "ca_outlet", "--flow", "new_certificate"], environment: ["PATH": empty.path])
        #expect(text.exitStatus == 0, "DOT needs no Graphviz")
    }

    @Test func unknownPairIsAUsageError() async throws {
        let run = try await graph(["--channel", "ca_outlet", "--flow", "new_certificat"])
        #expect(run.exitStatus == 2)
        #expect(run.stderrText.contains("channel ca_outlet offers no flow new_certificat; available: "))
    }
}
