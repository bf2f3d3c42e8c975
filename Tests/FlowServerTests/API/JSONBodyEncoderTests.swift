import Foundation
import Hummingbird
@testable import FlowServer
import Testing

private func foundationJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

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
        let expected = try foundationJSON(Self.reply)
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

    struct Numbers: Codable {
        var doubles: [Double]
        var floats: [Float]
    }

    @Test func writesNumbersAsJSONEncoderDoes() throws {
        let numbers = Numbers(
            doubles: [0, -0.0, 0.1, 1.5, 2, -3, 1e-7, 123_456_789.125, 9_007_199_254_740_992, 1e16, 1e21, .greatestFiniteMagnitude, .leastNonzeroMagnitude],
            floats: [0.1, 3, 1e10, -2.5, .greatestFiniteMagnitude])
        #expect(String(decoding: try JSONBodyEncoder.encode(numbers), as: UTF8.self) == (try foundationJSON(numbers)))
    }

    @Test func ordersKeysByTheirBytesAsJSONEncoderDoes() throws {
        let keys = ["e\u{301}", "f", "\u{2126}", "\u{0500}", "Amount", "amount", "_", "a1", "a10", "a2", "中文", ""]
        let object = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        #expect(String(decoding: try JSONBodyEncoder.encode(object), as: UTF8.self) == (try foundationJSON(object)))
    }

    struct SameNestedKeyTwice: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            var first = container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("n"))
            try first.encode(1, forKey: AnyKey("a"))
            var second = container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("n"))
            try second.encode(2, forKey: AnyKey("b"))
            var list = container.nestedUnkeyedContainer(forKey: AnyKey("l"))
            try list.encode(1)
            var more = container.nestedUnkeyedContainer(forKey: AnyKey("l"))
            try more.encode(2)
        }
    }

    @Test func twoNestedContainersOfOneKeyWriteIntoOneValue() throws {
        #expect(String(decoding: try JSONBodyEncoder.encode(SameNestedKeyTwice()), as: UTF8.self) == (try foundationJSON(SameNestedKeyTwice())))
    }

    /// Every kind of reply the API sends, as the server wrote it, against `JSONEncoder`'s bytes for
    /// the same payload read back.
    @Test func theServersRepliesAreWhatJSONEncoderWouldHaveWritten() async throws {
        let server = try TestServer()
        try await server.test { client in
            let api = APIExchange(client, server: server, channel: "ca_outlet")
            func same<Payload: Codable>(_ type: Payload.Type, _ answer: APIExchange.Answer) throws {
                let payload = try JSONDecoder().decode(Payload.self, from: Data(answer.bytes))
                #expect(String(decoding: answer.bytes, as: UTF8.self) == (try foundationJSON(payload)), "\(Payload.self)")
            }
            try same(ChannelListPayload.self, try await api.send("listChannels", .get, "/api/v1/channels"))
            try same(FlowPayload.self, try await api.send("getFlow", .get, "/api/v1/channels/ca_outlet/flows/new_certificate"))
            let order = try await SubmissionTests.start(api)
            var version = 1
            for (step, answers) in NewCertificateOverAPITests.steps.dropLast() {
                let reply = try await api.send(
                    "submitStep", .post, "/api/v1/orders/\(order)/steps/\(step)", json: #"{"version": \#(version), "answers": \#(answers)}"#)
                try same(ProgressPayload.self, reply)
                version += 1
            }
            try same(StepPayload.self, try await api.send("getStep", .get, "/api/v1/orders/\(order)/step"))
            try same(OrderDetailPayload.self, try await api.send("getOrder", .get, "/api/v1/orders/\(order)"))
            try same(OrderListPayload.self, try await api.send("listOrders", .get, "/api/v1/orders?limit=5"))
            let stale = try await api.send(
                "submitStep", .post, "/api/v1/orders/\(order)/steps/confirm", json: #"{"version": 1, "answers": {}}"#)
            #expect(stale.status == 409)
            try same(Problem.self, stale)
            let invalid = try await api.send(
                "startOrder", .post, "/api/v1/orders/\(order)/steps/confirm", json: #"{"version": "x"}"#)
            try same(Problem.self, invalid)
        }
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
