import FlowDiagnostics
import Foundation

/// A JSON value compared by meaning: numbers numerically, object members regardless of order.
///
/// The suite's `in.json` and the loader's `YAMLNode.json` are both turned into this, so
/// `1.0` equals `1` and `{"a":1,"b":2}` equals `{"b":2,"a":1}`.
indirect enum JSONTree: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONTree].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    /// The loader's rendering; nil when it cannot be compared (a number that is not a number,
    /// or two keys with the same JSON text, which a JSON object cannot hold).
    init?(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case let .bool(flag): self = .bool(flag)
        case let .number(text):
            guard let number = Double(text) else { return nil }
            self = .number(number)
        case let .string(text): self = .string(text)
        case let .array(items):
            var trees: [JSONTree] = []
            for item in items {
                guard let tree = JSONTree(item) else { return nil }
                trees.append(tree)
            }
            self = .array(trees)
        case let .object(members):
            var trees: [String: JSONTree] = [:]
            for (key, member) in members {
                guard trees[key] == nil, let tree = JSONTree(member) else { return nil }
                trees[key] = tree
            }
            self = .object(trees)
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case let .bool(flag): String(flag)
        case let .number(number): String(number)
        case let .string(text): "\"\(text)\""
        case let .array(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .object(members):
            "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
                .joined(separator: ", ") + "}"
        }
    }

    /// The values of an `in.json`: one per document, concatenated and possibly spanning lines.
    static func documents(_ text: String) throws -> [JSONTree] {
        let decoder = JSONDecoder()
        return try JSONSplitter.values(in: Array(text.utf8)).map { try decoder.decode(JSONTree.self, from: Data($0)) }
    }
}

/// Cuts concatenated JSON text into its top-level values, which Foundation decodes one at a time.
enum JSONSplitter {
    struct Unterminated: Error {}

    static func values(in bytes: [UInt8]) throws -> [ArraySlice<UInt8>] {
        var values: [ArraySlice<UInt8>] = []
        var index = 0
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return values }
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = try endOfString(bytes, from: index)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                index = try endOfContainer(bytes, from: index)
            default:
                // A number, true, false or null runs to the next space or structural character.
                while index < bytes.count, !isSpace(bytes[index]), !isOpening(bytes[index]) { index += 1 }
            }
            values.append(bytes[start..<index])
        }
    }

    /// The index just past the string that opens at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) throws -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        throw Unterminated()
    }

    /// The index just past the array or object that opens at `start`.
    private static func endOfContainer(_ bytes: [UInt8], from start: Int) throws -> Int {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = try endOfString(bytes, from: index)
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default:
                break
            }
            index += 1
        }
        throw Unterminated()
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isOpening(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
    }
}
