import FlowYAML
import Testing

/// `YAMLNode.scalars(style:maxBytes:startingWithOneOf:_:)`: which short plain scalars it visits,
/// and whether each is a mapping key, counted across nested collections.
@Suite struct ScalarWalkTests {
    private func visited(_ text: String) throws -> [String] {
        let root = try #require(try load(text).first)
        var found: [String] = []
        root.scalars(style: .plain, maxBytes: 3, startingWithOneOf: "on".utf8) { node, isKey in
            found.append("\(node.scalar?.text ?? "?")\(isKey ? " key" : "") \(node.start)")
        }
        return found
    }

    @Test func aKeyAfterANestedValueIsStillAKey() throws {
        let found = try visited("""
        a: {with: {x: y}, on: on}
        list: [on, {on: no}, [n], off]
        "on": 'no'
        outer: {inner: {deeper: [o]}, no: x}
        """)
        #expect(found == [
            "on key 1:19", "on 1:23",
            "on 2:8", "on key 2:13", "no 2:17", "n 2:23", "off 2:27",
            "o 4:26", "no key 4:31",
        ])
    }

    @Test func longTextAndOtherFirstLettersAreSkipped() throws {
        #expect(try visited("only: onward\nyes: x\nn: okay\n") == ["n key 3:1"])
    }
}
