import FlowDiagnostics
import FlowYAML

/// Read + parse + tree build of a corpus, next to a bare libyaml event loop over the same bytes.
public struct YAMLBenchmark: Sendable {
    /// A corpus file: where it came from and its bytes.
    public struct Input: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The figures of one run.
    public struct Result: Sendable {
        public var files: Int
        public var bytes: Int
        public var loaderSeconds: Double
        public var baselineSeconds: Double
        /// Files the loader rejected; a benchmark corpus should have none.
        public var failures: [String]

        public var loaderFilesPerSecond: Double { Double(files) / max(loaderSeconds, 1e-9) }
        public var loaderMBPerSecond: Double { Double(bytes) / 1e6 / max(loaderSeconds, 1e-9) }
        public var baselineFilesPerSecond: Double { Double(files) / max(baselineSeconds, 1e-9) }
        public var baselineMBPerSecond: Double { Double(bytes) / 1e6 / max(baselineSeconds, 1e-9) }
        /// Loader rate over bare-loop rate: the target is at least 0.5.
        public var ratio: Double { baselineSeconds / max(loaderSeconds, 1e-9) }
    }

    public var inputs: [Input]
    /// When set, the loader round re-reads each file from disk, so "read" is part of the figure.
    public var readFromDisk: Bool
    public var rounds: Int

    public init(inputs: [Input], readFromDisk: Bool, rounds: Int) {
        self.inputs = inputs
        self.readFromDisk = readFromDisk
        self.rounds = rounds
    }

    /// Runs both measurements in the same process, alternating rounds so drift hits both alike.
    public func run() -> Result {
        let loader = YAMLLoader()
        var failures: Set<String> = []
        let times = Measurement.alternating(rounds: rounds, {
            for input in inputs { _ = LibYAMLBaseline.countEvents(input.bytes) }
        }, {
            for input in inputs {
                let bytes: [UInt8]
                if readFromDisk, case let .success(read) = InputFile.read(input.path, limit: loader.limits.maxFileBytes) {
                    bytes = read
                } else {
                    bytes = input.bytes
                }
                do {
                    _ = try loader.load(SourceFile(path: input.path, bytes: bytes))
                } catch {
                    failures.insert(input.path)
                }
            }
        })
        return Result(
            files: inputs.count,
            bytes: inputs.reduce(0) { $0 + $1.bytes.count },
            loaderSeconds: times.second,
            baselineSeconds: times.first,
            failures: failures.sorted()
        )
    }
}
