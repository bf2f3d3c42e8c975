@testable import FlowEngine
import Testing

@Suite("FlowEngine: order number suffixes")
struct OrderIDTests {
    private let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test("each place takes its own five bits, lowest first, and every value of them")
    func eachPlaceHasItsOwnBits() {
        #expect(OrderID.suffix(bits: 0) == "000000")
        #expect(OrderID.suffix(bits: 1 | 2 << 5 | 3 << 10 | 4 << 15 | 5 << 20 | 31 << 25) == "12345Z")
        // Bits beyond the thirtieth are not used.
        #expect(OrderID.suffix(bits: ~0 << 30) == "000000")
        for place in 0..<6 {
            for value in 0..<32 {
                var expected = Array("000000")
                expected[place] = alphabet[value]
                #expect(OrderID.suffix(bits: UInt64(value) << (5 * place)) == String(expected))
            }
        }
    }

    @Test("drawn suffixes are six characters of the alphabet, different from draw to draw")
    func drawnSuffixesVary() {
        let drawn = (0..<200).map { _ in OrderID.randomSuffix() }
        #expect(drawn.allSatisfy { $0.count == 6 && $0.allSatisfy(alphabet.contains) })
        // Two equal draws among 200 have odds of about 2·10⁻⁵; all 200 equal, none to speak of.
        #expect(Set(drawn).count > 190)
        #expect(drawn.contains { Set($0).count > 1 })
    }
}
