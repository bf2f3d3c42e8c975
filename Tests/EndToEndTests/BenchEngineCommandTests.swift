import Foundation
import Testing

/// `channelflow bench engine` runs end to end on a few orders: the engine, the bare loop of the
/// same transactions on disk and in memory, and the printed figures. Only that it works is
/// checked here; its figures are for the release build (`make bench`), not for a test.
@Suite("channelflow bench engine")
struct BenchEngineCommandTests {
    @Test func aSmallRunPrintsEveryFigure() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ChannelFlowBinary.located().run(
            ["bench", "engine", "--orders", "3", "--instances", "20", "--directory", folder.path],
            environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        for line in ["disk, synchronous=FULL:", "disk, synchronous=NORMAL:", "memory:", "six-step instances/s", "instances/s (the same transactions in raw SQL"] {
            #expect(run.stdoutText.contains(line), "\(line) missing from:\n\(run.stdoutText)")
        }
        let bareLines = run.stdoutText.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("bare:") }
        #expect(bareLines.count == 3, "\(run.stdoutText)")
    }
}
