@testable import FlowBench
import Testing

@Suite("JSONPathReader")
struct JSONPathReaderTests {
    private static let reply = #"""
    {"report":{"step":{"id":"decoy"},"warnings":[]},
     "step":{"fields":[{"id":"a\"]}","options":[[1,2],{"x":"}"}]}],"id":"materials",
             "order":{"id":"CF20261126-7K3M9Q","status":"active","version":12,"extra":null},"price":1.5e2}}
    """#

    @Test("values are found by their key paths; arrays, decoys and strings with brackets are skipped")
    func nested() throws {
        let values = try #require(JSONPathReader.values(
            at: [["step", "id"], ["step", "order", "id"], ["step", "order", "version"], ["step", "price"], ["step", "missing"]],
            in: Array(Self.reply.utf8)))
        #expect(values[["step", "id"]] == .string("materials"))
        #expect(values[["step", "order", "id"]] == .string("CF20261126-7K3M9Q"))
        #expect(values[["step", "order", "version"]] == .number(12))
        #expect(values[["step", "price"]] == .number(150))
        #expect(values[["step", "missing"]] == nil)
    }

    @Test("escapes are resolved, surrogate pairs joined")
    func escapes() throws {
        let values = try #require(JSONPathReader.values(at: [["a"]], in: Array(#"{"a":"\u00e9\ud83d\ude00\n\/\"\\"}"#.utf8)))
        #expect(values[["a"]] == .string("é😀\n/\"\\"))
    }

    @Test("a document cut short, with a bad escape, a bad number or trailing bytes is refused")
    func malformed() {
        for text in [#"{"a":"x""#, #"{"a":"\q"}"#, #"{"a":1x}"#, #"{"a":1} 2"#, #"{"a" 1}"#, #"{"a":"\ud83d"}"#, ""] {
            #expect(JSONPathReader.values(at: [["a"]], in: Array(text.utf8)) == nil, "\(text)")
        }
    }
}
