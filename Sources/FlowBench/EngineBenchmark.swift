public import FlowStore
import FlowEngine
import FlowModel
import FlowProviders
import Foundation
import GRDB

/// `bench engine`: durable steps per second on disk (with `synchronous=FULL` and `NORMAL`) next
/// to a bare loop of the same transaction shape through the same SQLite, step latency
/// percentiles, and six-step instances per second in memory.
public struct EngineBenchmark {
    public struct DiskFigures: Sendable {
        public var durability: Durability
        public var engineStepsPerSecond: Double
        public var bareStepsPerSecond: Double
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
    }

    /// Six-step instances per second in memory, one figure per round.
    public struct MemoryFigures: Sendable {
        public var engine: [Double]
        /// The bare loop's: the ceiling of this schema.
        public var bare: [Double]

        public init(engine: [Double], bare: [Double]) {
            self.engine = engine
            self.bare = bare
        }

        public var engineMedian: Double { Measurement.median(engine) }
        public var bareMedian: Double { Measurement.median(bare) }
        /// The fastest rounds: noise only ever takes time away, so these are the least disturbed.
        public var engineFastest: Double { engine.max() ?? 0 }
        public var bareFastest: Double { bare.max() ?? 0 }
        /// How far the bare loop's median round fell below its fastest, as a fraction of the
        /// fastest. The bare loop does the same work every round, so a wide shortfall means the
        /// machine ran slower through most of the rounds, and the medians understate the code.
        public var bareShortfall: Double {
            bareFastest > 0 ? (bareFastest - bareMedian) / bareFastest : 0
        }

        /// Whether the machine held its speed through most of the rounds: in undisturbed runs on
        /// this machine kind the bare loop's median is within a few percent of its fastest round.
        /// With three rounds or more, one slow round does not count against it: the median absorbs it.
        public var isSteady: Bool { bareShortfall <= Self.steadyShortfall }

        /// The widest shortfall of the bare loop's median still taken as a steady machine.
        public static let steadyShortfall = 0.10
    }

    public struct Result: Sendable {
        public var disk: [DiskFigures]
        public var memory: MemoryFigures
        public var memoryInstances: Int
        public var diskOrders: Int
    }

    /// Why the benchmark could not run.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    let diskOrders: Int
    let memoryInstances: Int
    let memoryRounds: Int
    let directory: String

    public init(diskOrders: Int, memoryInstances: Int, memoryRounds: Int = 5, directory: String) {
        self.diskOrders = diskOrders
        self.memoryInstances = memoryInstances
        self.memoryRounds = memoryRounds
        self.directory = directory
    }

    public func run() async throws -> Result {
        guard memoryRounds >= 1 else {
            throw Failure(description: "at least one in-memory round is needed, not \(memoryRounds)")
        }
        let definition = try Self.definition()
        var figures: [DiskFigures] = []
        for durability in Durability.allCases {
            figures.append(try await disk(durability, definition))
        }
        return Result(disk: figures, memory: try await memory(definition), memoryInstances: memoryInstances, diskOrders: diskOrders)
    }

    /// Rounds of the engine and of the bare loop, each on a new in-memory database, alternating so
    /// that the machine's drift hits both alike: one round of a second or so on a shared machine
    /// can lose a third of its speed to a neighbour.
    private func memory(_ definition: CompiledFlow) async throws -> MemoryFigures {
        var figures = MemoryFigures(engine: [], bare: [])
        for _ in 0..<memoryRounds {
            let memory = try FlowDatabase(.memory)
            _ = try await drive(definition, on: memory, instances: memoryInstances / 10, timingSteps: false)
            let start = ContinuousClock.now
            _ = try await drive(definition, on: memory, instances: memoryInstances, timingSteps: false)
            figures.engine.append(Double(memoryInstances) / Self.seconds(ContinuousClock.now - start))
            let bare = BareStepLoop(database: try FlowDatabase(.memory), orders: memoryInstances, steps: EngineBenchmarkFlow.answers.count)
            figures.bare.append(Double(memoryInstances) / (try bare.run()))
        }
        return figures
    }

    /// The engine's durable steps per second with `durability`, without the bare loop: `bench
    /// serve`'s reference figure.
    public func engineStepsPerSecond(_ durability: Durability) async throws -> Double {
        let latencies = try await engineLatencies(durability, try Self.definition())
        return Double(latencies.count) / latencies.reduce(0, +)
    }

    private func disk(_ durability: Durability, _ definition: CompiledFlow) async throws -> DiskFigures {
        let latencies = try await engineLatencies(durability, definition)
        let bareDatabase = try FlowDatabase(.file(path("bare-\(durability.rawValue)")), durability: durability)
        let bareSeconds = try BareStepLoop(database: bareDatabase, orders: diskOrders, steps: EngineBenchmarkFlow.answers.count).run()
        let sorted = latencies.sorted()
        return DiskFigures(
            durability: durability,
            engineStepsPerSecond: Double(latencies.count) / latencies.reduce(0, +),
            bareStepsPerSecond: Double(diskOrders * EngineBenchmarkFlow.answers.count) / bareSeconds,
            p50Milliseconds: Self.percentile(sorted, 0.50) * 1000, p99Milliseconds: Self.percentile(sorted, 0.99) * 1000)
    }

    /// Each step's seconds of `diskOrders` orders on a new database file.
    private func engineLatencies(_ durability: Durability, _ definition: CompiledFlow) async throws -> [Double] {
        let database = try FlowDatabase(.file(path("engine-\(durability.rawValue)")), durability: durability)
        return try await drive(definition, on: database, instances: diskOrders, timingSteps: true)
    }

    private static func definition() throws -> CompiledFlow {
        guard let definition = EngineBenchmarkFlow.compiled() else { throw Failure(description: "the benchmark flow does not compile") }
        return definition
    }

    /// Runs `instances` orders through every step; returns each submit's seconds when
    /// `timingSteps`, else nothing: a round timed as a whole does not pay for reading the clock
    /// twice a step.
    private func drive(
        _ definition: CompiledFlow, on database: FlowDatabase, instances: Int, timingSteps: Bool
    ) async throws -> [Double] {
        let clock = SystemClock()
        let providers = try ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil, clock: clock).providers(forChannel: "bench")
        let engine = FlowEngine(EngineConfiguration(store: OrderStore(database: database), clock: clock) { _ in providers })
        var latencies: [Double] = []
        latencies.reserveCapacity(timingSteps ? instances * EngineBenchmarkFlow.answers.count : 0)
        let prepared = engine.prepare(definition)
        for _ in 0..<instances {
            let order = try await engine.start(prepared).order
            for answers in EngineBenchmarkFlow.answers {
                let begin = timingSteps ? ContinuousClock.now : nil
                _ = try await engine.submit(order, answers: answers)
                if let begin { latencies.append(Self.seconds(ContinuousClock.now - begin)) }
            }
        }
        return latencies
    }

    private func path(_ name: String) -> String {
        let file = URL(fileURLWithPath: directory).appendingPathComponent("bench-\(name).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        return file
    }

    /// The value below which `fraction` of the sorted values lie.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.down)))]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The ceiling: the writes of one completed step (the order's position and version, three
/// answers, the step's result, three events) as raw SQL in one immediate transaction, with no
/// engine around them, through the store's own prepared statements (`StepStatement`); of the order's indexed
/// columns only the status is set, when the last step completes it, as the store sets only those
/// that change.
struct BareStepLoop {
    let database: FlowDatabase
    let orders: Int
    let steps: Int

    func run() throws -> Double {
        try database.transaction { db in
            try db.execute(sql: "INSERT INTO definition VALUES ('bare', 'bench', 'bench', x'7b7d', 0)")
            for order in 0..<orders {
                try db.execute(
                    sql: "INSERT INTO orders (id, channel, flow, definition_hash, status, step, version, created_at, updated_at) VALUES (?, 'bench', 'bench', 'bare', 'active', 's1', 1, 0, 0)",
                    arguments: ["B\(order)"])
            }
        }
        // The texts a step writes are made before the clock starts: the ceiling times SQLite only.
        let ids = (0..<orders).map { "B\($0)" }
        let texts = StepTexts(steps: steps)
        let start = ContinuousClock.now
        for id in ids {
            for step in 0..<steps {
                try database.transaction { db in try write(step: step, order: id, texts, db) }
            }
        }
        return EngineBenchmark.seconds(ContinuousClock.now - start)
    }

    /// The step's writes, bound as the store binds them (`DirectStatement`), on the statements the
    /// store prepared.
    private func write(step: Int, order id: String, _ texts: StepTexts, _ db: Database) throws {
        let current = texts.stepIDs[step]
        let at = Int64(step)
        let completes = step == steps - 1
        var update = try database.statement(.updateOrder(setting: completes ? .status : []), db)
        if completes { update.bind("completed") }
        update.bind(texts.stepIDs[step + 1])
        update.bind(nil as String?)
        update.bind(Int64(step + 2))
        update.bind("{}")
        update.bind(at)
        update.bind(id)
        update.bind(Int64(step + 1))
        try update.run()
        var answers = try database.statement(.answers(rows: 3), db)
        for field in texts.fieldIDs[step] {
            answers.bind(id)
            answers.bind(current)
            answers.bind(field)
            answers.bind(#"{"string":"value"}"#)
        }
        try answers.run()
        var result = try database.statement(.upsertStepResult, db)
        result.bind(id)
        result.bind(current)
        result.bind(Int64(step + 1))
        result.bind("{}")
        result.bind(at)
        try result.run()
        var events = try database.statement(.events(rows: 3), db)
        for kind in StepTexts.eventKinds {
            events.bind(id)
            events.bind(at)
            events.bind(kind)
            events.bind(current)
            events.bind("{}")
        }
        try events.run()
    }
}

/// The ids and kinds the bare loop writes, for every step.
private struct StepTexts {
    static let eventKinds = ["answers_accepted", "step_completed", "step_entered"]
    /// `s1` … one past the last step, the position the last step moves to.
    let stepIDs: [String]
    /// Each step's three answer fields.
    let fieldIDs: [[String]]

    init(steps: Int) {
        stepIDs = (1...steps + 1).map { "s\($0)" }
        fieldIDs = (0..<steps).map { step in (0..<3).map { "f\(step)_\($0)" } }
    }
}
