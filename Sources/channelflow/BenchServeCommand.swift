import ArgumentParser
import FlowBench
import FlowDiagnostics
import FlowEngine
import FlowLint
import FlowModel
import FlowProviders
import FlowStore
import Foundation

/// `channelflow bench serve`: the HTTP API under concurrent load next to the engine's own durable
/// step rate, measured in the same run.
struct BenchServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Measure the HTTP API under concurrent load against the engine. 测量 HTTP API 并发性能并与引擎对比。",
        discussion: """
        Starts the server in this process on 127.0.0.1 (a free port) over a new database file with \
        synchronous=FULL, sandbox providers and the project's flows; creates an API key; then many \
        clients, each on its own keep-alive connection, run orders through the API over real sockets: \
        start, then every step with the sample answers (materials as multipart, the SMS code as \
        {"sandbox": "sms"}) up to the review wait, each order with a subject and agent mobile of its \
        own. Prints requests/s, step submissions/s, p50/p99/max latency of a step submission and \
        failures by status. Then the engine's own durable steps/s in the same run: the same number of \
        orders with the same answers, driven straight through the engine with as many at a time as \
        there were clients, no HTTP; and, for reference, `bench engine`'s six-step flow. Targets \
        (release build): API step submissions/s at least 50% of the engine's rate for the same \
        orders; p99 under 50 ms.
        在本进程内启动服务（127.0.0.1，随机端口，synchronous=FULL 的新数据库文件，沙箱服务），多个客户端通过真实连接并发办理示例订单至待审核，\
        输出请求速率、步骤提交速率与延迟；并在同一次运行中以相同并发、不经 HTTP 直接通过引擎办理同样数量的订单，测量引擎自身的持久化步骤速率作为对比基准。
        """
    )

    @Option(help: "Concurrent clients. 并发客户端数。") var clients = 16
    @Option(help: "Seconds of load (no new order starts after them). 负载时长（秒）。") var seconds = 10
    @Option(help: "Run this many orders instead of a duration. 改为运行指定数量的订单。") var orders: Int?
    @Option(name: .customLong("engine-orders"), help: "Orders of the engine's own measurement. 引擎测量的订单数。")
    var engineOrders = 300
    @Option(help: "The channel whose API key the clients use. 渠道。") var channel = "ca_outlet"
    @Option(help: "The flow the clients run. 流程。") var flow = "new_certificate"
    @Option(help: ArgumentHelp(
        "The answers of each step (default: Examples/answers/CHANNEL-FLOW.yaml of the project). 各步骤答案文件。", valueName: "path"))
    var answers: String?
    @Option(help: ArgumentHelp("Folder for the database files (default: a temporary folder). 数据库文件目录。", valueName: "dir"))
    var directory: String?
    @Flag(help: "Print the figures as JSON. 以 JSON 输出。") var json = false
    @OptionGroup var projectOption: ProjectOption
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard (1...1024).contains(clients) else { throw ValidationError("--clients must be 1 to 1024. 客户端数须在 1 至 1024 之间。") }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive. 时长须为正数。") }
        if let orders, orders < 1 { throw ValidationError("--orders must be positive. 订单数须为正数。") }
        guard engineOrders > 0 else { throw ValidationError("--engine-orders must be positive. 引擎订单数须为正数。") }
    }

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let project = projectOption.path
            let context = try CatalogLoader.context(project: project)
            let catalog = context.catalog
            let entry = try CatalogLoader.entry(channel: channel, flow: flow, in: catalog)
            let book = try AnswersFile.read(answers ?? "\(project)/Examples/answers/\(channel)-\(flow).yaml")
            let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("channelflow-bench-serve-\(getpid())").path
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "cannot create the folder \(folder): \(error.localizedDescription)", zh: "无法创建目录 \(folder)：\(error.localizedDescription)"))
            }
            defer { if directory == nil { try? FileManager.default.removeItem(atPath: folder) } }
            let benchmark = ServeBenchmark(
                engine: try engine(project: project, linted: context.project, folder: folder), catalog: catalog, entry: entry,
                script: APIScript(channel: channel, flow: flow, book: book), clients: clients,
                limit: orders.map { .orders($0) } ?? .duration(.seconds(seconds)), engineOrders: engineOrders, directory: folder)
            let report: ServeBenchmarkReport
            do { report = ServeBenchmarkReport(try await benchmark.run()) } catch {
                throw CommandFailure(.internalFailure, LocalizedMessage(en: "the benchmark failed: \(error)", zh: "基准测试失败：\(error)"))
            }
            Terminal.printOut(json ? report.json : report.text(channel: channel, flow: flow))
        }
    }

    /// The engine `serve` would run, over a new database file with synchronous=FULL. The sandbox
    /// keeps what it "sends" in memory: no other process reads the codes back here.
    private func engine(project: String, linted: Project, folder: String) throws(CommandFailure) -> FlowEngine {
        let clock = SystemClock()
        let path = URL(fileURLWithPath: folder).appendingPathComponent("serve.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let database = try EngineSetup.openDatabase(path)
        let providers = ProviderConfiguration.sandboxOnly(outboxDirectory: nil, ukeyFile: nil, clock: clock)
        return try EngineSetup.engine(store: OrderStore(database: database), clock: clock, project: project, linted: linted) { channel in
            try providers.providers(forChannel: channel)
        }
    }
}
