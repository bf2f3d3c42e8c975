import ArgumentParser
import FlowBench
import FlowStore
import Foundation

/// `channelflow bench engine`: the interpreter's durable step rate against a bare SQLite loop.
struct BenchEngineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Measure durable steps/s, step latency and in-memory instances/s. 测量引擎持久化步骤速率。",
        discussion: """
        Runs a six-step flow (five validated forms and a branch, then a terminal step, no provider \
        calls) through the engine on a database file with synchronous=FULL and with NORMAL, next to \
        a bare loop of the same transaction shape in raw SQL through the same SQLite (the ceiling), \
        then six-step instances in memory, in rounds alternating with the bare loop: every round \
        is printed, with the median, the fastest round and the ratio of the medians, and a note \
        when the bare loop's median fell more than 10% below its fastest round (the machine \
        slowed through most of the run). Targets (release build): on disk at least 50% of the \
        bare ceiling; in memory at least 3,200 instances/s; p99 step latency under 2 ms with FULL.
        """
    )

    @Option(help: "Orders per disk measurement. 磁盘测量的订单数。") var orders = 300
    @Option(help: "Instances for each in-memory round. 每轮内存测量的实例数。") var instances = 3000
    @Option(help: "In-memory rounds. 内存测量轮数。") var rounds = 5
    @Option(help: ArgumentHelp("Folder for the database files (default: a temporary folder). 数据库文件目录。", valueName: "dir"))
    var directory: String?

    func validate() throws {
        if orders < 1 || instances < 10 || rounds < 1 {
            throw ValidationError("--orders ≥ 1, --instances ≥ 10 and --rounds ≥ 1. 参数过小。")
        }
    }

    func run() async throws {
        let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("channelflow-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if directory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let result = try await EngineBenchmark(diskOrders: orders, memoryInstances: instances, memoryRounds: rounds, directory: folder).run()
        let memory = result.memory
        Terminal.printOut(
            "six-step flow; \(result.diskOrders) orders per disk run, \(memory.engine.count) rounds of \(result.memoryInstances) instances in memory")
        Terminal.printOut(SQLiteSettings.summary)
        for figures in result.disk {
            let share = figures.engineStepsPerSecond / figures.bareStepsPerSecond * 100
            Terminal.printOut("""
            disk, synchronous=\(figures.durability.rawValue.uppercased()):
              engine:  \(Measurement.format(figures.engineStepsPerSecond, decimals: 0)) durable steps/s   p50 \(Measurement.format(figures.p50Milliseconds, decimals: 3)) ms   p99 \(Measurement.format(figures.p99Milliseconds, decimals: 3)) ms
              bare:    \(Measurement.format(figures.bareStepsPerSecond, decimals: 0)) steps/s (same transactions in raw SQL)
              engine / bare: \(Measurement.format(share, decimals: 1))%  (target ≥ 50%)
            """)
        }
        Terminal.printOut("""
        memory (median of the rounds; fastest round):
          engine:  \(Measurement.format(memory.engineMedian, decimals: 0)) six-step instances/s; fastest \(Measurement.format(memory.engineFastest, decimals: 0))  (target ≥ 3,200)
          bare:    \(Measurement.format(memory.bareMedian, decimals: 0)) instances/s; fastest \(Measurement.format(memory.bareFastest, decimals: 0)) (the same transactions in raw SQL, no engine)
          engine / bare: \(Measurement.format(memory.engineMedian / memory.bareMedian * 100, decimals: 1))% (the medians' ratio; a machine that slows down slows both)
          rounds, engine: \(Self.list(memory.engine))
          rounds, bare:   \(Self.list(memory.bare))
        """)
        if let note = memory.unsteadyNote { Terminal.printOut(note) }
    }

    private static func list(_ rates: [Double]) -> String {
        rates.map { Measurement.format($0, decimals: 0) }.joined(separator: " ")
    }
}
