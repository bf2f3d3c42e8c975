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
            ["bench", "engine", "--orders", "3", "--instances", "20", "--rounds", "2", "--directory", folder.path],
            environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(run.exitStatus == 0, "\(run.stderrText)")
        for line in ["disk, synchronous=FULL:", "disk, synchronous=NORMAL:", "memory (median of the rounds; fastest round):", "2 rounds of 20 instances",
                     "six-step instances/s; fastest", "instances/s; fastest", "rounds, engine: ", "rounds, bare:   ", "% (the medians' ratio",
                     // The bench is the process's first user of SQLite, so the setting takes effect.
                     "(system library), memory statistics off"] {
            #expect(run.stdoutText.contains(line), "\(line) missing from:\n\(run.stdoutText)")
        }
        let bareLines = run.stdoutText.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("bare:") }
        #expect(bareLines.count == 3, "\(run.stdoutText)")
        // Two rounds, each figure a whole number of instances per second.
        let roundLines = run.stdoutText.split(separator: "\n").filter { $0.contains("rounds, ") }
        #expect(roundLines.count == 2, "\(run.stdoutText)")
        for line in roundLines {
            let figures = line.split(separator: ":")[1].split(separator: " ")
            #expect(figures.count == 2 && figures.allSatisfy { Int($0) != nil }, "\(line)")
        }
    }

    @Test func noRoundsIsRefused() async throws {
        let run = try await ChannelFlowBinary.located().run(
            ["bench", "engine", "--rounds", "0"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(run.exitStatus != 0)
        #expect(run.stderrText.contains("--rounds ≥ 1"), "\(run.stderrText)")
    }
}
