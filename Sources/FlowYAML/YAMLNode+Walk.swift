/// Cheap traversal and inspection for checks that look at every node of a file.
extension YAMLNode {
    /// Visits every mapping at or below this node (aliases not entered), building a node for
    /// mappings only: for checks that look for particular keys in every mapping of a file.
    public func walkMappings(_ visit: (_ mapping: YAMLNode) -> Void) {
        let end = index + Int(tree.records[index].size)
        var position = index
        while position < end {
            if tree.records[position].kind == .mapping { visit(YAMLNode(tree: tree, index: position)) }
            position += 1
        }
    }

    /// Visits the scalars at or below this node written in `style` with one to `maxBytes` bytes of
    /// text starting with one of `firstBytes`, telling whether each is a mapping key. Other nodes
    /// are skipped without being built.
    public func scalars(
        style: YAMLScalarStyle, maxBytes: Int, startingWithOneOf firstBytes: String.UTF8View,
        _ visit: (_ node: YAMLNode, _ isKey: Bool) -> Void
    ) {
        var matches: [(index: Int, isKey: Bool)] = []
        var wanted = [Bool](repeating: false, count: 256)
        for byte in firstBytes { wanted[Int(byte)] = true }
        tree.records.withUnsafeBufferPointer { records in
            // The innermost open collection is kept apart from the stack of the others, so that
            // counting its children changes a local rather than an element of an array.
            var current: (end: Int, seen: Int, isMapping: Bool)?
            var enclosing: [(end: Int, seen: Int, isMapping: Bool)] = []
            var position = index
            let end = index + Int(records[index].size)
            while position < end {
                while let open = current, position >= open.end { current = enclosing.popLast() }
                var isKey = false
                if let open = current {
                    isKey = open.isMapping && open.seen.isMultiple(of: 2)
                    current?.seen += 1
                }
                let record = records[position]
                if record.kind == .mapping || record.kind == .sequence {
                    if let open = current { enclosing.append(open) }
                    current = (position + Int(record.size), 0, record.kind == .mapping)
                } else if record.kind == .scalar, record.scalarStyle == style, record.textLength >= 1, Int(record.textLength) <= maxBytes,
                          wanted[Int(tree.text[Int(record.textStart)])]
                {
                    matches.append((position, isKey))
                }
                position += 1
            }
        }
        for match in matches { visit(YAMLNode(tree: tree, index: match.index), match.isKey) }
    }

    /// What the node holds, decided from its storage without building anything.
    public var nodeKind: YAMLNodeKind {
        let record = contentRecord
        switch record.kind {
        case .mapping: return .mapping
        case .sequence: return .sequence
        case .scalar, .alias:
            switch record.valueKind {
            case .null: return .null
            case .bool: return .bool
            case .int, .bigInt: return .integer
            case .float: return .float
            case .string: return .string
            }
        }
    }

    /// Whether the node (or the node an alias names) is a mapping; builds nothing.
    public var isMapping: Bool { contentRecord.kind == .mapping }

    /// Whether the node (or the node an alias names) is a sequence; builds nothing.
    public var isSequence: Bool { contentRecord.kind == .sequence }

    /// Calls `body` with each key and value of a mapping, in source order, without building a list.
    public func forEachPair(_ body: (_ key: YAMLNode, _ value: YAMLNode) -> Void) {
        let parent = contentIndex
        let record = tree.records[parent]
        guard record.kind == .mapping else { return }
        let end = parent + Int(record.size)
        var child = parent + 1
        while child < end {
            let key = child
            child += Int(tree.records[child].size)
            guard child < end else { return }
            body(YAMLNode(tree: tree, index: key), YAMLNode(tree: tree, index: child))
            child += Int(tree.records[child].size)
        }
    }

    /// Calls `body` with each item of a sequence, in order, without building a list.
    public func forEachItem(_ body: (_ item: YAMLNode) -> Void) {
        let parent = contentIndex
        let record = tree.records[parent]
        guard record.kind == .sequence else { return }
        let end = parent + Int(record.size)
        var child = parent + 1
        while child < end {
            body(YAMLNode(tree: tree, index: child))
            child += Int(tree.records[child].size)
        }
    }

    /// Whether the node is a string scalar holding only spaces, tabs and line breaks (or nothing).
    public var isBlankString: Bool {
        let record = contentRecord
        guard record.kind == .scalar, record.valueKind == .string else { return false }
        let start = Int(record.textStart)
        return tree.text[start..<start + Int(record.textLength)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// The kinds of nodes, scalars by their core-schema resolution.
public enum YAMLNodeKind: Sendable {
    case null
    case bool
    case integer
    case float
    case string
    case sequence
    case mapping
}
