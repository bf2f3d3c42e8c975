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

    @Test("a bare median within 10% of the fastest round is a steady machine; one slow round does not change that")
    func steadyMachine() {
        let oneSlowRound = EngineBenchmark.MemoryFigures(engine: [4_300, 2_600, 4_500], bare: [11_000, 6_800, 11_300])
        #expect(abs(oneSlowRound.bareShortfall - 300.0 / 11_300) < 1e-9)
        #expect(oneSlowRound.isSteady)
        let mostlySlow = EngineBenchmark.MemoryFigures(engine: [3_000, 3_100, 4_500], bare: [7_000, 7_200, 11_300])
        #expect(!mostlySlow.isSteady)
        #expect(EngineBenchmark.MemoryFigures(engine: [], bare: []).bareShortfall == 0)
        // Either side of the line.
        #expect(EngineBenchmark.MemoryFigures(engine: [1, 1, 1], bare: [9_000, 9_050, 10_000]).isSteady)
        #expect(EngineBenchmark.MemoryFigures(engine: [1, 1, 1], bare: [9_000, 9_000, 10_000]).isSteady)
        #expect(!EngineBenchmark.MemoryFigures(engine: [1, 1, 1], bare: [8_900, 8_950, 10_000]).isSteady)
    }

    @Test("an unsteady run is noted in both languages with the bare loop's figures; a steady one is not")
    func unsteadyNote() throws {
        #expect(EngineBenchmark.MemoryFigures(engine: [1, 1, 1], bare: [11_000, 11_200, 11_300]).unsteadyNote == nil)
        let note = try #require(EngineBenchmark.MemoryFigures(engine: [1, 1, 1], bare: [7_000, 7_200, 11_300]).unsteadyNote)
        #expect(note.contains("ran 36.3% below its fastest (7200 against 11300 instances/s)"), "\(note)")
        #expect(note.contains("低 36.3%（7200 对 11300 次/秒）"), "\(note)")
    }
}
