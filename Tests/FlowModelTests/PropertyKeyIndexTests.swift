@testable import FlowModel
import Testing

@Suite struct PropertyKeyIndexTests {
    private func position(_ index: PropertyKeyIndex, _ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { index.position(of: $0) }
    }

    /// Hundreds of keys fill the table enough that many of them share a first slot.
    @Test func everyKeyIsFoundAtItsPosition() {
        let keys = (0..<300).map { "key-\($0)" } + ["", "标题", "a"]
        let index = PropertyKeyIndex(keys)
        for (position, key) in keys.enumerated() {
            #expect(index.position(of: key) == position, "\(key)")
            #expect(self.position(index, Array(key.utf8)) == position, "\(key)")
        }
    }

    /// Absent keys probe through clusters and round the end of the table; every probe ends.
    @Test func absentKeysAreNotFoundInTablesOfEverySize() {
        for count in [0, 1, 3, 4, 5, 8, 9, 300] {
            let index = PropertyKeyIndex((0..<count).map { "key-\($0)" })
            for absent in (count..<count + 400).map({ "key-\($0)" }) + ["", "key-", "Key-0", "key-0 "] {
                #expect(index.position(of: absent) == nil, "\(count) keys: \(absent)")
            }
        }
    }

    @Test func keysNotInTheSchemaAreNotFound() {
        let index = PropertyKeyIndex(["id", "title", "kind"])
        for key in ["", "i", "ids", "Id", "titl", "kind ", "标题"] {
            #expect(index.position(of: key) == nil, "\(key)")
        }
        #expect(PropertyKeyIndex([]).position(of: "id") == nil)
    }

    @Test func theFirstOfEqualKeysKeepsItsPosition() {
        let index = PropertyKeyIndex(["id", "kind", "id"])
        #expect(index.position(of: "id") == 0)
        #expect(index.position(of: "kind") == 1)
    }

    /// Keys match by bytes, as the decoders' lookups do: a key that is only canonically equivalent
    /// (the Kelvin sign for K, which `String` equality treats as equal) is another key.
    @Test func keysMatchByBytesNotByCanonicalEquivalence() {
        let index = PropertyKeyIndex(["Key"])
        #expect("\u{212A}ey" == "Key")
        #expect(index.position(of: "\u{212A}ey") == nil)
        #expect(index.position(of: "Key") == 0)
    }
}
