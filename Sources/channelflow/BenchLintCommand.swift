import ArgumentParser
import FlowBench
import FlowDiagnostics

/// `channelflow bench lint`: the whole lint of a generated corpus against parsing it only.
struct BenchLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Measure the whole lint against YAML parsing alone. 测量完整检查与仅解析 YAML 的速度之比。",
        discussion: """
        Generates (deterministically) 150 flow variants of about 300 lines and 50 channel files \
        enabling 8 flows each, lints them all (every file and every compiled pair) and parses them \
        only, in the same run. Target: the lint within 3x of parse-only in a release build.
        """
    )

    /// Thirty rounds take about six seconds; on this machine kind the fastest of nine still moved
    /// by ±0.2x from run to run, the fastest of thirty by a few hundredths.
    @Option(help: "Measured rounds; the median and the fastest are reported. 测量轮数。")
    var rounds = 30

    @Flag(help: "Also print the time of each phase and rule. 同时输出各阶段与各规则的耗时。")
    var phases = false

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1. --rounds 至少为 1。") }
    }

    func run() throws {
        let sources = LintCorpus.generate().map { SourceFile(path: $0.name, bytes: $0.bytes) }
        let result = LintBenchmark(sources: sources, rounds: rounds).run()
        let lines = sources.reduce(0) { $0 + $1.bytes.filter { $0 == 10 }.count }
        Terminal.printOut("""
        corpus: \(result.files) files (\(lines / max(1, result.files)) lines each on average), \(Measurement.format(Double(result.bytes) / 1e6, decimals: 2)) MB, \(result.compiledPairs) compiled pairs; median of \(rounds) rounds
        parse only (YAML):       \(Measurement.format(result.parseFilesPerSecond)) files/s
        lint (all rules, pairs): \(Measurement.format(result.lintFilesPerSecond)) files/s  (\(result.diagnostics) diagnostics)
        lint / parse time:       \(Measurement.format(result.slowdown, decimals: 2))x  (target ≤ 3x)
        fastest rounds:          \(Measurement.format(result.fastestSlowdown, decimals: 2))x  (\(Measurement.format(result.fastestLintSeconds * 1000)) ms against \(Measurement.format(result.fastestParseSeconds * 1000)) ms)
        """)
        if phases {
            for phase in LintBenchmark(sources: sources, rounds: 1).phases() {
                Terminal.printOut("  \(Measurement.format(phase.seconds * 1000, decimals: 1)) ms  \(phase.name)")
            }
        }
    }
}
