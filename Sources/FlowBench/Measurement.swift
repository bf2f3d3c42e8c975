/// Timing helpers shared by the benchmarks: repeated rounds, medians, rates.
public enum Measurement {
    /// The seconds one run of `body` takes.
    public static func seconds(_ body: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The seconds of two alternated measurements.
    public struct Alternated: Sendable {
        /// The medians.
        public var first: Double
        public var second: Double
        /// The fastest rounds: noise only ever adds time, so on a shared machine these are the
        /// least disturbed figures, and the medians' ratio can differ from theirs.
        public var fastestFirst: Double
        public var fastestSecond: Double
    }

    /// `first` and `second` over `rounds` rounds, after one warm-up run of each; the two alternate
    /// so that drift in the machine hits both alike.
    public static func alternating(rounds: Int, _ first: () -> Void, _ second: () -> Void) -> Alternated {
        first()
        second()
        var firstTimes: [Double] = []
        var secondTimes: [Double] = []
        for _ in 0..<max(1, rounds) {
            firstTimes.append(seconds(first))
            secondTimes.append(seconds(second))
        }
        return Alternated(
            first: median(firstTimes), second: median(secondTimes),
            fastestFirst: firstTimes.min() ?? 0, fastestSecond: secondTimes.min() ?? 0)
    }

    /// The median of some values (0 for none).
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// A value with a fixed number of decimals, for tables.
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        // `String(Double)` always writes a fraction, even for a whole number.
        if decimals == 0, let whole = Int(exactly: rounded) { return String(whole) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        } else if decimals > 0 {
            text += "." + String(repeating: "0", count: decimals)
        }
        return text
    }
}
