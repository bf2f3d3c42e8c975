import ArgumentParser
import FlowBench
import FlowDiagnostics

/// `channelflow bench yaml [DIR]`: the loader's rate next to a bare libyaml event loop.
struct BenchYAMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaml",
        abstract: "Measure read + parse + tree build against a bare libyaml loop. 测量 YAML 读取、解析与建树速度。",
        discussion: """
        Without DIR a deterministic corpus of 200 flow-like files is generated in memory. With DIR \
        every .yaml/.yml file under it is used, and the loader re-reads each file from disk in every \
        round. Both loops run in the same process on the same bytes; the ratio is the loader's rate \
        over the bare libyaml event loop (target: at least 50%).
        """
    )

    @Argument(help: ArgumentHelp("Folder of YAML files (default: a generated corpus). YAML 文件目录。", valueName: "dir"))
    var directory: String?

    @Option(help: "Measured rounds; the median is reported. 测量轮数（取中位数）。")
    var rounds = 9

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1. --rounds 至少为 1。") }
    }

    func run() throws {
        let inputs = try loadInputs()
        guard !inputs.isEmpty else {
            Terminal.printError("channelflow: no .yaml or .yml files under \(directory ?? "."). 目录中没有 YAML 文件。")
            throw ExitStatus.usage.exitCode
        }
        let result = YAMLBenchmark(inputs: inputs, readFromDisk: directory != nil, rounds: rounds).run()
        let source = directory.map { "\($0) (read from disk each round)" } ?? "generated flow-like corpus (in memory)"
        Terminal.printOut("""
        corpus: \(source): \(result.files) files, \(Measurement.format(Double(result.bytes) / 1e6, decimals: 2)) MB; median of \(rounds) rounds
        bare libyaml event loop:      \(Measurement.format(result.baselineFilesPerSecond)) files/s  \(Measurement.format(result.baselineMBPerSecond)) MB/s
        ChannelFlow loader (tree):    \(Measurement.format(result.loaderFilesPerSecond)) files/s  \(Measurement.format(result.loaderMBPerSecond)) MB/s
        loader / bare loop:           \(Measurement.format(result.ratio * 100))%  (target ≥ 50%)
        """)
        if !result.failures.isEmpty {
            Terminal.printError("channelflow: the loader rejected \(result.failures.count) file(s), e.g. \(result.failures[0]); run `channelflow yaml` on it.")
            throw ExitStatus.inputErrors.exitCode
        }
    }

    private func loadInputs() throws -> [YAMLBenchmark.Input] {
        guard let directory else {
            return FlowLikeCorpus.generate().map { YAMLBenchmark.Input(path: $0.name, bytes: $0.bytes) }
        }
        let paths: [String]
        do {
            paths = try FileDiscovery.yamlFiles(under: [directory])
        } catch {
            Terminal.printError("channelflow: cannot read \(directory): no such file or folder. 找不到该目录。")
            throw ExitStatus.usage.exitCode
        }
        return try paths.map { path in
            switch InputFile.read(path, limit: Int.max) {
            case let .success(bytes):
                return YAMLBenchmark.Input(path: path, bytes: bytes)
            case let .failure(.unreadable(message)):
                Terminal.printError("channelflow: \(message.en)")
                throw ExitStatus.usage.exitCode
            case .failure(.tooLarge):
                throw ExitStatus.usage.exitCode
            }
        }
    }
}
