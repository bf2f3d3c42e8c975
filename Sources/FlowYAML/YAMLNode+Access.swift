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

    /// The integer, when this node is a scalar that resolved to one that fits an `Int`; builds no text.
    public var int: Int? {
        let record = contentRecord
        guard record.kind == .scalar, record.valueKind == .int else { return nil }
        return Int(record.payload)
    }

    /// The boolean, when this node is a scalar that resolved to one; builds no text.
    public var bool: Bool? {
        let record = contentRecord
        guard record.kind == .scalar, record.valueKind == .bool else { return nil }
        return record.payload != 0
    }

    /// Whether this node is a string scalar with exactly the text `text`; compares bytes in place.
    public func isString(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { tree.isString(at: index, equalTo: $0) }
    }

    /// The value of the first pair whose key is the string `key`, when this node is a mapping.
    /// Compares the keys' bytes in place: decoders ask for many keys of every mapping.
    public subscript(key: String) -> YAMLNode? {
        let parent = contentIndex
        guard tree.records[parent].kind == .mapping else { return nil }
        var key = key
        return key.withUTF8 { tree.valueIndex(inMapping: parent, forKey: $0) }.map { YAMLNode(tree: tree, index: $0) }
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

extension YAMLNode {
    /// Looks the bytes of the scalar's text (an alias's target's) up with `find`, whatever the
    /// scalar resolved to; nil when this node is not a scalar. No text is made: the schema check
    /// looks every key of a file up this way. Not generic, so that callers in other modules call it
    /// directly rather than through a generic thunk.
    public func lookUpScalarBytes(_ find: (UnsafeBufferPointer<UInt8>) -> Int?) -> Int? {
        let record = contentRecord
        guard record.kind == .scalar else { return nil }
        let start = Int(record.textStart)
        return tree.text.withUnsafeBufferPointer { text in
            // The composer keeps every record's text inside the buffer; the pointers do not check it.
            assert(start + Int(record.textLength) <= text.count)
            return find(UnsafeBufferPointer(rebasing: text[start..<start + Int(record.textLength)]))
        }
    }

    /// Whether the bytes of the scalar's text (an alias's target's) satisfy `predicate`; false
    /// when this node is not a scalar. No text is made.
    public func scalarBytesSatisfy(_ predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        lookUpScalarBytes { predicate($0) ? 0 : nil } != nil
    }
}
