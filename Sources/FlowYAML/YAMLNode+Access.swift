/// Convenience accessors for code that reads a composed tree.
extension YAMLNode {
    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case let .scalar(scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case let .sequence(items) = content { return items }
        return nil
    }

    /// The pairs in source order, when this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case let .mapping(pairs) = content { return pairs }
        return nil
    }

    /// The text, when this node is a scalar that resolved to a string.
    public var string: String? {
        let record = contentRecord
        guard record.kind == .scalar, record.valueKind == .string else { return nil }
        return tree.string(at: record)
    }

    /// The value of the first pair whose key is the string `key`, when this node is a mapping.
    /// Compares the keys' bytes in place: decoders ask for many keys of every mapping.
    public subscript(key: String) -> YAMLNode? {
        let parent = contentIndex
        let record = tree.records[parent]
        guard record.kind == .mapping else { return nil }
        let wanted = key.utf8
        let end = parent + Int(record.size)
        var child = parent + 1
        while child < end {
            let keyIndex = child
            child += Int(tree.records[child].size)
            guard child < end else { return nil }
            if tree.isString(at: keyIndex, equalTo: wanted) { return YAMLNode(tree: tree, index: child) }
            child += Int(tree.records[child].size)
        }
        return nil
    }

    /// A short name of the node's kind for messages: "string", "integer", "mapping", …
    public var kindName: String {
        switch nodeKind {
        case .sequence: "sequence"
        case .mapping: "mapping"
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .float: "number"
        case .string: "string"
        }
    }
}
