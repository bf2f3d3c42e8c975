/// The storage behind `YAMLNode`s: one flat, immutable array of plain records per stream, in
/// document order, with every scalar's bytes in one buffer.
///
/// Records hold no references, so building a tree costs appends and no reference counting; the
/// public node API materialises strings, arrays and pairs only when it is asked for them.
final class YAMLTree: Sendable {
    let path: String
    let records: [NodeRecord]
    /// The bytes of every scalar, back to back; a record names its slice.
    let text: [UInt8]
    /// Tags and anchors, interned; records refer to them by index.
    let names: [String]

    init(path: String, records: [NodeRecord], text: [UInt8], names: [String]) {
        self.path = path
        self.records = records
        self.text = text
        self.names = names
    }

    func string(at record: NodeRecord) -> String {
        let start = Int(record.textStart)
        return String(decoding: text[start..<start + Int(record.textLength)], as: UTF8.self)
    }

    /// Whether the record at `index` (or its alias target) is a string scalar with exactly these bytes.
    func isString(at index: Int, equalTo bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        records.withUnsafeBufferPointer { records in
            text.withUnsafeBufferPointer { text in Self.isString(records[index], equalTo: bytes, records: records, text: text) }
        }
    }

    /// The value's index of the first pair of the mapping at `parent` whose key is a string scalar
    /// with exactly these bytes. Decoders ask for many keys of every mapping, most of them absent, so
    /// this walks the buffers directly: no node is made for a key that does not match.
    func valueIndex(inMapping parent: Int, forKey bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        records.withUnsafeBufferPointer { records in
            text.withUnsafeBufferPointer { text in
                let end = parent + Int(records[parent].size)
                var child = parent + 1
                while child < end {
                    let value = child + Int(records[child].size)
                    guard value < end else { return nil }
                    if Self.isString(records[child], equalTo: bytes, records: records, text: text) { return value }
                    child = value + Int(records[value].size)
                }
                return nil
            }
        }
    }

    private static func isString(
        _ record: NodeRecord, equalTo bytes: UnsafeBufferPointer<UInt8>,
        records: UnsafeBufferPointer<NodeRecord>, text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let record = record.kind == .alias ? records[Int(record.target)] : record
        guard record.kind == .scalar, record.valueKind == .string, Int(record.textLength) == bytes.count else { return false }
        let start = Int(record.textStart)
        // The composer keeps every record's text inside the buffer; the pointers do not check it.
        assert(start + bytes.count <= text.count)
        var offset = 0
        while offset < bytes.count, text[start + offset] == bytes[offset] { offset += 1 }
        return offset == bytes.count
    }

    func name(_ index: Int32) -> String? {
        index >= 0 && Int(index) < names.count ? names[Int(index)] : nil
    }
}

/// One node of a tree; scalars and aliases take one record, a collection its record plus its subtree.
struct NodeRecord: Sendable {
    enum Kind: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
        /// Refers to an earlier node through `target`; the alias keeps its own position.
        case alias
    }

    enum ValueKind: UInt8, Sendable {
        case null
        case bool
        case int
        case bigInt
        case float
        case string
    }

    var kind: Kind
    var scalarStyle: YAMLScalarStyle = .plain
    var collectionStyle: YAMLCollectionStyle = .block
    var valueKind: ValueKind = .null
    var startLine: Int32
    var startColumn: Int32
    var endLine: Int32 = 0
    var endColumn: Int32 = 0
    /// Records in this node's subtree, itself included (1 for scalars and aliases).
    var size: Int32 = 1
    /// Children of a collection (keys and values count separately), or an alias's target record.
    var target: Int32 = 0
    var textStart: Int32 = 0
    var textLength: Int32 = 0
    var tag: Int32 = -1
    var anchor: Int32 = -1
    /// The bool (0/1), the integer, or the bit pattern of the float.
    var payload: Int64 = 0
}
