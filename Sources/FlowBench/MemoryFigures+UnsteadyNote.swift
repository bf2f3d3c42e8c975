extension EngineBenchmark.MemoryFigures {
    /// What `bench engine` prints under the in-memory figures when the machine slowed through most
    /// of the rounds, in English and Chinese; nil for a steady run.
    public var unsteadyNote: String? {
        guard !isSteady else { return nil }
        let shortfall = Measurement.format(bareShortfall * 100, decimals: 1)
        let median = Measurement.format(bareMedian, decimals: 0)
        let fastest = Measurement.format(bareFastest, decimals: 0)
        return """
            note: the bare loop's median round ran \(shortfall)% below its fastest (\(median) against \(fastest) instances/s): \
            the machine slowed down during most of the run, so the medians understate the code; run again for figures to compare.
            提示：裸 SQL 循环的中位数比最快一轮低 \(shortfall)%（\(median) 对 \(fastest) 次/秒），测量期间机器大部分时间变慢，\
            中位数低估了代码的速度；请重新运行后再比较。
            """
    }
}
