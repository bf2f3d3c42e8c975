import Foundation
@testable import FlowServer
import Testing

@Suite("Reply bodies: the JSON JSONEncoder would write, sorted keys")
struct JSONBodyEncoderTests {
    struct Label: Codable, Equatable {
        var zh: String
        var en: String
    }

    struct Line: Codable, Equatable {
        var field: String
        var label: Label
        var value: String?
        var readOnly: Bool
    }

    struct Reply: Codable, Equatable {
        var id: String
        var version: Int64
        var priceFen: Int64?
        var captchaSVG: String?
        var lines: [Line]
        var detail: [String: String]
        var tags: [String]
        var nothing: [Line]
        var small: Int8
        var large: UInt64
    }

    static let reply = Reply(
        id: "CF-1/2", version: 7, priceFen: nil, captchaSVG: "<svg a=\"1\">\\</svg>",
        lines: [
            Line(field: "company_name", label: Label(zh: "企业名称", en: "Company name"), value: "北京示例\n\t科技\u{01}", readOnly: false),
            Line(field: "uscc", label: Label(zh: "统一社会信用代码", en: "USCC"), value: nil, readOnly: true),
        ],
        detail: ["provider": "sandbox", "Amount": "¥1,200.00", "amount": "120000"], tags: ["a", "", "\u{1F}\u{7F}"], nothing: [],
        small: -8, large: .max)

    @Test func writesWhatJSONEncoderWritesWithSortedKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(Self.reply), as: UTF8.self)
        let written = String(decoding: try JSONBodyEncoder.encode(Self.reply), as: UTF8.self)
        #expect(written == expected)
        #expect(try JSONDecoder().decode(Reply.self, from: Data(written.utf8)) == Self.reply)
    }

    @Test func leavesOutAbsentOptionalsAndEscapesControlCharacters() throws {
        let written = String(decoding: try JSONBodyEncoder.encode(Self.reply), as: UTF8.self)
        #expect(!written.contains("priceFen"))
        #expect(written.contains(#""captchaSVG":"<svg a=\"1\">\\</svg>""#))
        #expect(written.contains(#""北京示例\n\t科技\u0001""#))
        #expect(written.contains(#""\u001f"#))
        #expect(written.hasPrefix(#"{"captchaSVG":"#))
    }

    struct Twice: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("first", forKey: AnyKey("key"))
            try container.encode("second", forKey: AnyKey("key"))
            var parent = container.superEncoder().container(keyedBy: AnyKey.self)
            try parent.encode(1.5, forKey: AnyKey("ratio"))
            try parent.encode(2.0, forKey: AnyKey("whole"))
            var list = container.nestedUnkeyedContainer(forKey: AnyKey("list"))
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: AnyKey.self)
            try inner.encode(true, forKey: AnyKey("deep"))
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue _: Int) { nil }
    }

    @Test func keepsTheLastValueOfAKeyAndWritesSuperAndNestedContainers() throws {
        let written = String(decoding: try JSONBodyEncoder.encode(Twice()), as: UTF8.self)
        #expect(written == #"{"key":"second","list":[null,{"deep":true}],"super":{"ratio":1.5,"whole":2}}"#)
    }

    struct NotANumber: Encodable {
        var value: Double
    }

    struct Silent: Encodable {
        func encode(to _: any Encoder) throws {}
    }

    @Test func refusesWhatJSONCannotHold() {
        #expect(throws: EncodingError.self) { try JSONBodyEncoder.encode(NotANumber(value: .nan)) }
        #expect(throws: EncodingError.self) { try JSONBodyEncoder.encode(NotANumber(value: .infinity)) }
        #expect(throws: EncodingError.self) { try JSONBodyEncoder.encode(Silent()) }
    }
}
