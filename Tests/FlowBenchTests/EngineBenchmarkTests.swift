import FlowBench
import Foundation
import Testing

@Suite("EngineBenchmark")
struct EngineBenchmarkTests {
    /// The library once trapped here; the command line refuses `--rounds 0` before it gets this far.
    @Test("no in-memory round to run is an error, not a trap")
    func zeroRoundsIsAnError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engine-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let benchmark = EngineBenchmark(diskOrders: 1, memoryInstances: 10, memoryRounds: 0, directory: folder.path)
        await #expect(throws: EngineBenchmark.Failure.self) { try await benchmark.run() }
    }
}
