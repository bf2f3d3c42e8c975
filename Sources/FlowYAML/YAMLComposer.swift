internal import CYAML
import FlowDiagnostics

/// Builds node trees straight from libyaml's events with an explicit stack, so input depth never
/// becomes call depth, and performs the checks libyaml leaves to its users: duplicate keys,
/// undefined aliases, merge keys, non-scalar keys, alias expansion and the other limits.
struct YAMLComposer {
    private let path: String
    private let limits: YAMLLimits
    private var records: [NodeRecord] = []
    private var text: [UInt8] = []
    private var names: [String] = []
    private var nameIndex: [String: Int32] = [:]
    /// Anchor name → the record it names, in the current document.
    private var anchors: [String: Int32] = [:]
    /// Per record: nodes its subtree expands to, counting what aliases inside it contribute.
    private var expansion: [Int32: Int] = [:]
    private var aliasExpansion = 0
    private var frames: [Frame] = []
    private var roots: [Int] = []
    private var documentHasRoot = false

    private struct Frame {
        var record: Int
        var isMapping: Bool
        var children: Int32 = 0
        /// Nodes of the subtree so far, for the alias budget when this collection is anchored.
        var nodes = 1
        /// Built once a mapping grows past a handful of keys; a linear scan is cheaper before that.
        var keyIndex: [KeyIdentity: [Int]]?
    }

    /// A hash of a key: its kind and value, and for text a hash of its bytes. Equal keys have equal
    /// identities; keys with equal identities are compared byte by byte (`sameKey`), since Swift
    /// strings would equate canonically equivalent text that YAML keeps apart.
    private struct KeyIdentity: Hashable {
        var kind: NodeRecord.ValueKind
        var payload: Int64
    }

    private static let linearKeyScanLimit = 12

    init(path: String, limits: YAMLLimits, expectedBytes: Int) {
        self.path = path
        self.limits = limits
        records.reserveCapacity(max(16, expectedBytes / 12))
        text.reserveCapacity(expectedBytes)
    }

    /// Reads every event of the stream and returns the tree with one root per document.
    mutating func compose(_ reader: YAMLEventReader) throws(YAMLError) -> (tree: YAMLTree, roots: [Int]) {
        while try reader.withNextRawEvent({ (event) throws(YAMLError) in try handle(event) }) {}
        let tree = YAMLTree(path: path, records: records, text: text, names: names)
        return (tree, roots)
    }

    private mutating func handle(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        let start = event.pointee.start_mark
        switch event.pointee.type {
        case YAML_DOCUMENT_START_EVENT:
            guard roots.count < limits.maxDocuments else {
                throw YAMLError.tooManyDocuments(limit: limits.maxDocuments, path: path, range: range(event))
            }
            documentHasRoot = false
            anchors.removeAll(keepingCapacity: true)
        case YAML_DOCUMENT_END_EVENT:
            if !documentHasRoot {
                records.append(NodeRecord(kind: .scalar, startLine: line(start), startColumn: column(start)))
                finish(records.count - 1, end: event.pointee.end_mark)
                try deliver(records.count - 1, nodes: 1)
            }
        case YAML_SCALAR_EVENT:
            try scalar(event)
        case YAML_ALIAS_EVENT:
            let name = YAMLEventReader.string(event.pointee.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                let recursive = frames.contains { records[$0.record].anchor >= 0 && names[Int(records[$0.record].anchor)] == name }
                throw recursive
                    ? YAMLError.recursiveAlias(name, path: path, range: range(event))
                    : YAMLError.undefinedAlias(name, path: path, range: range(event))
            }
            let nodes = expansion[target] ?? 1
            aliasExpansion += nodes
            guard aliasExpansion <= limits.maxAliasExpansion else {
                throw YAMLError.aliasBudget(limit: limits.maxAliasExpansion, path: path, range: range(event))
            }
            var record = NodeRecord(kind: .alias, startLine: line(start), startColumn: column(start))
            record.target = target
            records.append(record)
            finish(records.count - 1, end: event.pointee.end_mark)
            try deliver(records.count - 1, nodes: nodes)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            try open(
                event, isMapping: false, anchor: data.anchor, tag: data.tag,
                style: data.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
            )
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            try open(
                event, isMapping: true, anchor: data.anchor, tag: data.tag,
                style: data.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
            )
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = frames.popLast() else { return }
            records[frame.record].target = frame.children
            records[frame.record].size = Int32(clamping: records.count - frame.record)
            finish(frame.record, end: event.pointee.end_mark)
            if records[frame.record].anchor >= 0 { expansion[Int32(frame.record)] = frame.nodes }
            try deliver(frame.record, nodes: frame.nodes)
        default:
            return
        }
    }

    private mutating func scalar(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        let data = event.pointee.data.scalar
        let style = YAMLEventReader.style(data.style)
        let tag = YAMLEventReader.string(data.tag)
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let resolved: CoreSchema.Resolved
        switch CoreSchema.resolve(bytes: bytes, style: style, tag: tag) {
        case let .success(value): resolved = value
        case let .failure(.invalid(tagName)):
            throw YAMLError.badTag(tagName, text: String(decoding: bytes, as: UTF8.self), path: path, range: range(event))
        }
        var record = NodeRecord(kind: .scalar, startLine: line(event.pointee.start_mark), startColumn: column(event.pointee.start_mark))
        record.scalarStyle = style
        record.valueKind = resolved.kind
        record.payload = resolved.payload
        record.textStart = Int32(clamping: text.count)
        record.textLength = Int32(clamping: bytes.count)
        if let tag { record.tag = intern(tag) }
        text.append(contentsOf: bytes)
        let index = records.count
        records.append(record)
        finish(index, end: event.pointee.end_mark)
        if let anchor = YAMLEventReader.string(data.anchor) {
            records[index].anchor = intern(anchor)
            anchors[anchor] = Int32(index)
        }
        try deliver(index, nodes: 1)
    }

    private mutating func open(
        _ event: UnsafePointer<yaml_event_t>, isMapping: Bool,
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        style: YAMLCollectionStyle
    ) throws(YAMLError) {
        guard frames.count < limits.maxDepth else {
            throw YAMLError.tooDeep(limit: limits.maxDepth, path: path, range: range(event))
        }
        let start = event.pointee.start_mark
        var record = NodeRecord(kind: isMapping ? .mapping : .sequence, startLine: line(start), startColumn: column(start))
        record.collectionStyle = style
        if let tag = YAMLEventReader.string(tag) { record.tag = intern(tag) }
        let index = records.count
        if let anchor = YAMLEventReader.string(anchor) {
            record.anchor = intern(anchor)
            // Registered when the collection closes: an alias inside it must not see it.
            anchors.removeValue(forKey: anchor)
        }
        records.append(record)
        frames.append(Frame(record: index, isMapping: isMapping))
    }

    /// Adds a finished node to its parent, or makes it the document's root; and, once a
    /// collection is finished, registers its anchor.
    private mutating func deliver(_ index: Int, nodes: Int) throws(YAMLError) {
        if records[index].kind != .alias, records[index].kind != .scalar, records[index].anchor >= 0 {
            // An alias names the most recent anchor before it: a node inside this collection that
            // reused the name was defined later than the collection's own anchor, so it stays.
            let name = names[Int(records[index].anchor)]
            if anchors[name] == nil { anchors[name] = Int32(index) }
        }
        let top = frames.count - 1
        guard top >= 0 else {
            roots.append(index)
            documentHasRoot = true
            return
        }
        if frames[top].isMapping, frames[top].children % 2 == 0 {
            try checkKey(index, frame: top)
        }
        frames[top].children += 1
        frames[top].nodes += nodes
    }

    private mutating func checkKey(_ index: Int, frame top: Int) throws(YAMLError) {
        let key = resolvedRecord(index)
        guard key.kind == .scalar else {
            throw YAMLError.complexKey(path: path, range: recordRange(index))
        }
        if key.scalarStyle == .plain, key.tag < 0, key.textLength == 2,
           text[Int(key.textStart)] == UInt8(ascii: "<"), text[Int(key.textStart) + 1] == UInt8(ascii: "<") {
            throw YAMLError.mergeKey(path: path, range: recordRange(index))
        }
        if let first = firstOccurrence(of: index, frame: top) {
            let shown = keyText(key)
            throw YAMLError.duplicateKey(
                shown.count > 60 ? String(shown.prefix(60)) + "…" : shown,
                path: path, range: recordRange(index),
                first: SourceLocation(line: Int(records[first].startLine), column: Int(records[first].startColumn))
            )
        }
    }

    /// The record of an earlier key of the mapping equal to the key at `index`, if any.
    private mutating func firstOccurrence(of index: Int, frame top: Int) -> Int? {
        let parent = frames[top].record
        if frames[top].keyIndex == nil, frames[top].children / 2 < Self.linearKeyScanLimit {
            var child = parent + 1
            while child < index {
                if sameKey(child, index) { return child }
                child += Int(records[child].size)
                child += Int(records[child].size)
            }
            return nil
        }
        if frames[top].keyIndex == nil {
            var built: [KeyIdentity: [Int]] = [:]
            var child = parent + 1
            while child < index {
                built[identity(child), default: []].append(child)
                child += Int(records[child].size)
                child += Int(records[child].size)
            }
            frames[top].keyIndex = built
        }
        let key = identity(index)
        if let first = frames[top].keyIndex?[key]?.first(where: { sameKey($0, index) }) { return first }
        frames[top].keyIndex?[key, default: []].append(index)
        return nil
    }

    private func sameKey(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = resolvedRecord(lhs)
        let right = resolvedRecord(rhs)
        guard left.valueKind == right.valueKind else { return false }
        switch left.valueKind {
        case .null: return true
        case .bool, .int, .float: return left.payload == right.payload
        case .bigInt, .string:
            return left.textLength == right.textLength
                && text[Int(left.textStart)..<Int(left.textStart + left.textLength)]
                == text[Int(right.textStart)..<Int(right.textStart + right.textLength)]
        }
    }

    private func identity(_ index: Int) -> KeyIdentity {
        let record = resolvedRecord(index)
        switch record.valueKind {
        case .null: return KeyIdentity(kind: .null, payload: 0)
        case .bool, .int, .float: return KeyIdentity(kind: record.valueKind, payload: record.payload)
        case .bigInt, .string:
            // FNV-1a over the bytes: cheap, and collisions only cost a byte comparison.
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            let start = Int(record.textStart)
            for byte in text[start..<start + Int(record.textLength)] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return KeyIdentity(kind: record.valueKind, payload: Int64(bitPattern: hash))
        }
    }

    private func keyText(_ record: NodeRecord) -> String {
        let start = Int(record.textStart)
        return String(decoding: text[start..<start + Int(record.textLength)], as: UTF8.self)
    }

    private func resolvedRecord(_ index: Int) -> NodeRecord {
        let record = records[index]
        return record.kind == .alias ? records[Int(record.target)] : record
    }

    private mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    private mutating func finish(_ index: Int, end: yaml_mark_t) {
        records[index].endLine = line(end)
        records[index].endColumn = column(end)
    }

    private func recordRange(_ index: Int) -> SourceRange {
        let record = records[index]
        return SourceRange(
            start: SourceLocation(line: Int(record.startLine), column: Int(record.startColumn)),
            end: SourceLocation(line: Int(record.endLine), column: Int(record.endColumn))
        )
    }

    private func range(_ event: UnsafePointer<yaml_event_t>) -> SourceRange {
        SourceRange(start: YAMLEventReader.location(event.pointee.start_mark), end: YAMLEventReader.location(event.pointee.end_mark))
    }

    private func line(_ mark: yaml_mark_t) -> Int32 { Int32(clamping: mark.line + 1) }
    private func column(_ mark: yaml_mark_t) -> Int32 { Int32(clamping: mark.column + 1) }
}
