/// Encodes reply bodies as compact JSON, object keys in the order of their UTF-8 bytes and
/// slashes left as they are: the output `JSONEncoder` gives with `.sortedKeys` and
/// `.withoutEscapingSlashes`, for a fraction of its cost. Foundation's encoder took about a tenth
/// of the server's CPU under load. Unlike it, this one has no special forms for `Date`, `Data`,
/// `URL` or `Decimal` (no reply holds one) and no depth limit (replies are a few levels deep).
enum JSONBodyEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = NodeEncoder(codingPath: [])
        try value.encode(to: encoder)
        guard let node = encoder.node else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "the value encoded nothing"))
        }
        var output: [UInt8] = []
        output.reserveCapacity(2048)
        node.write(into: &output)
        return output
    }
}

/// A value being encoded. Containers are classes because a container handed out keeps writing
/// into the value after the call that created it returned.
private enum Node {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array(ArrayStorage)
    case object(ObjectStorage)
    /// What a super-encoder wrote, known only once its caller has finished with it.
    case deferred(NodeEncoder)

    static func of(_ value: some Encodable, at codingPath: [any CodingKey]) throws -> Node {
        let encoder = NodeEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.node ?? .object(ObjectStorage())
    }

    /// The shortest text that reads back as the same value, without a trailing ".0", as
    /// `JSONEncoder` writes it.
    static func number<Value: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Value, at codingPath: [any CodingKey]) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    func write(into output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .string(text): Self.write(text, into: &output)
        case let .array(storage):
            output.append(UInt8(ascii: "["))
            for (index, item) in storage.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case let .object(storage):
            output.append(UInt8(ascii: "{"))
            for (index, member) in storage.members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case let .deferred(encoder):
            (encoder.node ?? .object(ObjectStorage())).write(into: &output)
        }
    }

    /// A string literal: quotes, backslashes and control characters escaped, everything else as
    /// its UTF-8 bytes.
    private static func write(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                output.append(contentsOf: bytes[start..<index])
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                default: output.append(contentsOf: "u00\(byte < 0x10 ? "0" : "1")\(String(byte & 0x0F, radix: 16))".utf8)
                }
                start = index + 1
            }
            output.append(contentsOf: bytes[start...])
        }
        output.append(UInt8(ascii: "\""))
    }
}

private final class ArrayStorage {
    var items: [Node] = []
}

private final class ObjectStorage {
    var members: [(key: String, value: Node)] = []

    /// A key encoded twice keeps its last value, as with `JSONEncoder`.
    func set(_ key: String, _ value: Node) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
    }

    /// The object under `key`, made when there is none: two nested containers asked for the same
    /// key write into one object, as with `JSONEncoder`.
    func object(_ key: String) -> ObjectStorage {
        if case let .object(existing)? = members.first(where: { $0.key == key })?.value { return existing }
        let nested = ObjectStorage()
        set(key, .object(nested))
        return nested
    }

    /// The array under `key`, made when there is none.
    func array(_ key: String) -> ArrayStorage {
        if case let .array(existing)? = members.first(where: { $0.key == key })?.value { return existing }
        let nested = ArrayStorage()
        set(key, .array(nested))
        return nested
    }
}

private final class NodeEncoder: Encoder, SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        if case let .object(storage)? = node { return KeyedEncodingContainer(KeyedNodeContainer(storage: storage, codingPath: codingPath)) }
        let storage = ObjectStorage()
        node = .object(storage)
        return KeyedEncodingContainer(KeyedNodeContainer(storage: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case let .array(storage)? = node { return UnkeyedNodeContainer(storage: storage, codingPath: codingPath) }
        let storage = ArrayStorage()
        node = .array(storage)
        return UnkeyedNodeContainer(storage: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { node = .null }
    func encode(_ value: Bool) { node = .bool(value) }
    func encode(_ value: String) { node = .string(value) }
    func encode(_ value: Double) throws { node = try .number(value, at: codingPath) }
    func encode(_ value: Float) throws { node = try .number(value, at: codingPath) }
    func encode(_ value: Int) { node = .number(String(value)) }
    func encode(_ value: Int8) { node = .number(String(value)) }
    func encode(_ value: Int16) { node = .number(String(value)) }
    func encode(_ value: Int32) { node = .number(String(value)) }
    func encode(_ value: Int64) { node = .number(String(value)) }
    func encode(_ value: UInt) { node = .number(String(value)) }
    func encode(_ value: UInt8) { node = .number(String(value)) }
    func encode(_ value: UInt16) { node = .number(String(value)) }
    func encode(_ value: UInt32) { node = .number(String(value)) }
    func encode(_ value: UInt64) { node = .number(String(value)) }
    func encode(_ value: some Encodable) throws { node = try .of(value, at: codingPath) }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ObjectStorage
    let codingPath: [any CodingKey]

    func encodeNil(forKey key: Key) { storage.set(key.stringValue, .null) }
    func encode(_ value: Bool, forKey key: Key) { storage.set(key.stringValue, .bool(value)) }
    func encode(_ value: String, forKey key: Key) { storage.set(key.stringValue, .string(value)) }
    func encode(_ value: Double, forKey key: Key) throws { storage.set(key.stringValue, try .number(value, at: codingPath + [key])) }
    func encode(_ value: Float, forKey key: Key) throws { storage.set(key.stringValue, try .number(value, at: codingPath + [key])) }
    func encode(_ value: Int, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: Int8, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: Int16, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: Int32, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: Int64, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: UInt, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: UInt8, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: UInt16, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: UInt32, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: UInt64, forKey key: Key) { storage.set(key.stringValue, .number(String(value))) }
    func encode(_ value: some Encodable, forKey key: Key) throws { storage.set(key.stringValue, try .of(value, at: codingPath + [key])) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(storage: storage.object(key.stringValue), codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedNodeContainer(storage: storage.array(key.stringValue), codingPath: codingPath + [key])
    }

    func superEncoder() -> any Encoder { superEncoder(named: "super") }
    func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = NodeEncoder(codingPath: codingPath + [NodeKey(name)])
        storage.set(name, .deferred(encoder))
        return encoder
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let storage: ArrayStorage
    let codingPath: [any CodingKey]
    var count: Int { storage.items.count }

    private var nextPath: [any CodingKey] { codingPath + [NodeKey(index: count)] }

    func encodeNil() { storage.items.append(.null) }
    func encode(_ value: Bool) { storage.items.append(.bool(value)) }
    func encode(_ value: String) { storage.items.append(.string(value)) }
    func encode(_ value: Double) throws { storage.items.append(try .number(value, at: nextPath)) }
    func encode(_ value: Float) throws { storage.items.append(try .number(value, at: nextPath)) }
    func encode(_ value: Int) { storage.items.append(.number(String(value))) }
    func encode(_ value: Int8) { storage.items.append(.number(String(value))) }
    func encode(_ value: Int16) { storage.items.append(.number(String(value))) }
    func encode(_ value: Int32) { storage.items.append(.number(String(value))) }
    func encode(_ value: Int64) { storage.items.append(.number(String(value))) }
    func encode(_ value: UInt) { storage.items.append(.number(String(value))) }
    func encode(_ value: UInt8) { storage.items.append(.number(String(value))) }
    func encode(_ value: UInt16) { storage.items.append(.number(String(value))) }
    func encode(_ value: UInt32) { storage.items.append(.number(String(value))) }
    func encode(_ value: UInt64) { storage.items.append(.number(String(value))) }
    func encode(_ value: some Encodable) throws { storage.items.append(try .of(value, at: nextPath)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectStorage()
        let path = nextPath
        storage.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(storage: nested, codingPath: path))
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayStorage()
        let path = nextPath
        storage.items.append(.array(nested))
        return UnkeyedNodeContainer(storage: nested, codingPath: path)
    }

    func superEncoder() -> any Encoder {
        let encoder = NodeEncoder(codingPath: nextPath)
        storage.items.append(.deferred(encoder))
        return encoder
    }
}

/// The keys of coding paths this encoder makes itself: "super" and array positions.
private struct NodeKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
