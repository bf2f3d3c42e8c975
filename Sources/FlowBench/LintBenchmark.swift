public import FlowDiagnostics
import FlowLint
import FlowModel
import FlowYAML

/// The whole lint of a corpus next to parsing the same files only, in the same run.
public struct LintBenchmark: Sendable {
    /// The figures of one run.
    public struct Result: Sendable {
        public var files: Int
        public var bytes: Int
        public var compiledPairs: Int
        public var diagnostics: Int
        /// Medians over the rounds.
        public var lintSeconds: Double
        public var parseSeconds: Double
        /// The fastest round of each.
        public var fastestLintSeconds: Double
        public var fastestParseSeconds: Double

        public var lintFilesPerSecond: Double { Double(files) / max(lintSeconds, 1e-9) }
        public var parseFilesPerSecond: Double { Double(files) / max(parseSeconds, 1e-9) }
        /// Lint time over parse time: the target is at most 3.
        public var slowdown: Double { lintSeconds / max(parseSeconds, 1e-9) }
        /// The same of the fastest rounds: the machine's noise slows the short parse rounds more in
        /// proportion, so this is the stricter figure.
        public var fastestSlowdown: Double { fastestLintSeconds / max(fastestParseSeconds, 1e-9) }
    }

    public var sources: [SourceFile]
    public var rounds: Int

    public init(sources: [SourceFile], rounds: Int) {
        self.sources = sources
        self.rounds = rounds
    }

    /// Seconds spent in each phase of one lint of the corpus (reading into a project, building the
    /// context, each rule), slowest first: where to look when the lint is slow.
    public func phases() -> [(name: String, seconds: Double)] {
        let seconds = Measurement.seconds
        var project = Project.read([])
        var roots: [YAMLNode] = []
        var result: [(String, Double)] = [
            ("read: YAML only", seconds { roots = sources.compactMap { try? YAMLLoader().load($0).first } }),
            ("read: schema check only", seconds {
                for root in roots { _ = SchemaValidator().validate(root, as: .object(root["channel"] == nil ? FlowSchema.file : ChannelSchema.file)) }
            }),
            ("read: decode only", seconds { for root in roots { _ = root["channel"] == nil ? Flow.decode(root).map { _ in 0 } : Channel.decode(root).map { _ in 0 } } }),
            ("read: all of it", seconds { project = Project.read(sources) }),
        ]
        var context: LintContext?
        result.append(("context (compile, analyses, expressions)", seconds { context = LintContext(project: project) }))
        if let context {
            for rule in LintRules.all {
                result.append((rule.id, seconds { _ = rule.check(context) }))
            }
        }
        return result.sorted { $0.1 > $1.1 }
    }

    /// Runs both measurements in the same process, alternating rounds so drift hits both alike.
    public func run() -> Result {
        let loader = YAMLLoader()
        var diagnostics = 0
        let times = Measurement.alternating(rounds: rounds, {
            for source in sources { _ = try? loader.load(source) }
        }, {
            diagnostics = Linter().lint(sources).count
        })
        let pairs = LintContext(project: .read(sources)).catalog.entries.count
        return Result(
            files: sources.count, bytes: sources.reduce(0) { $0 + $1.bytes.count }, compiledPairs: pairs,
            diagnostics: diagnostics, lintSeconds: times.second, parseSeconds: times.first,
            fastestLintSeconds: times.fastestSecond, fastestParseSeconds: times.fastestFirst
        )
    }
}
