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

    @Test("rounds of the bare loop within 15% of each other are a steady machine")
    func steadyMachine() {
        let steady = EngineBenchmark.MemoryFigures(engine: [4_300, 4_500], bare: [11_000, 10_000, 11_300])
        #expect(steady.bareSlowest == 10_000)
        #expect(abs(steady.bareSpread - 1_300.0 / 11_300) < 1e-9)
        #expect(steady.isSteady)
        let unsteady = EngineBenchmark.MemoryFigures(engine: [3_000, 4_500], bare: [11_000, 6_800])
        #expect(!unsteady.isSteady)
        #expect(EngineBenchmark.MemoryFigures(engine: [], bare: []).bareSpread == 0)
    }
}
