import FlowBench
import Testing

@Suite("Measurement")
struct MeasurementTests {
    /// Whole numbers were printed with a fraction (`4390.0 instances/s`) however few decimals
    /// were asked for.
    @Test("a figure has exactly the decimals asked for", arguments: [
        (4390.4, 0, "4390"), (4390.5, 0, "4391"), (0.0, 0, "0"), (35.0, 0, "35"),
        (73.42, 1, "73.4"), (73.0, 1, "73.0"), (0.4381, 3, "0.438"), (2.5, 3, "2.500"),
    ])
    func decimals(value: Double, decimals: Int, expected: String) {
        #expect(Measurement.format(value, decimals: decimals) == expected)
    }

    @Test("the median of an odd, an even and an empty list")
    func median() {
        #expect(Measurement.median([3, 1, 2]) == 2)
        #expect(Measurement.median([4, 1, 3, 2]) == 2.5)
        #expect(Measurement.median([]) == 0)
    }
}
