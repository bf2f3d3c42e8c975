import FlowYAML
import Testing

@Suite struct CoreSchemaTests {
    @Test(arguments: [
        ("~", YAMLValue.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
        ("0", .int(0)), ("-17", .int(-17)), ("+5", .int(5)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("2.", .float(2)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("0123", .string("0123")), ("-007", .string("-007")),
        ("91110000600037341L", .string("91110000600037341L")), ("1_000", .string("1_000")),
        ("0x", .string("0x")), ("1e", .string("1e")), (".", .string(".")), ("nul", .string("nul")),
        ("99999999999999999999", .bigInt("99999999999999999999")),
        ("-99999999999999999999", .bigInt("-99999999999999999999")),
        ("0xFFFFFFFFFFFFFFFFFF", .bigInt("4722366482869645213695")),
    ])
    func plainScalarsResolveByTheCoreSchema(text: String, expected: YAMLValue) throws {
        let node = try #require(try load("v: \(text)\n").first?["v"])
        #expect(node.scalar?.value == expected)
        #expect(node.scalar?.text == text)
    }

    @Test func notANumberIsAFloat() throws {
        let node = try #require(try load("v: .nan\n").first?["v"])
        guard case let .float(value)? = node.scalar?.value else {
            Issue.record("expected a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test(arguments: ["'1'", "\"true\"", "|\n  null\n", ">\n  12\n"])
    func quotedAndBlockScalarsAreStrings(text: String) throws {
        let node = try #require(try load("v: \(text)").first?["v"])
        guard case .string? = node.scalar?.value else {
            Issue.record("\(text) should be a string, got \(String(describing: node.scalar?.value))")
            return
        }
    }

    @Test(arguments: [
        ("!!str 12", YAMLValue.string("12")), ("!!int \"12\"", .int(12)), ("!!float 1", .float(1)),
        ("!!bool 'true'", .bool(true)), ("!!null ''", .null), ("! 12", .string("12")), ("!custom 12", .string("12")),
    ])
    func explicitTagsDecide(text: String, expected: YAMLValue) throws {
        let node = try #require(try load("v: \(text)\n").first?["v"])
        #expect(node.scalar?.value == expected)
    }
}
