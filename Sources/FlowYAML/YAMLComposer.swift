import FlowDiagnostics

/// Builds node trees from parse events with an explicit stack, so input depth never becomes
/// call depth, and performs the checks libyaml leaves to its users: duplicate keys, undefined
/// aliases, merge keys, non-scalar keys, alias expansion and the other limits.
struct YAMLComposer {
    private let path: String
    private let limits: YAMLLimits
    private var anchors: [String: Anchored] = [:]
    private var aliasExpansion = 0
    private var frames: [Frame] = []

    private struct Anchored {
        var node: YAMLNode
        /// Nodes in the subtree, counting what nested aliases contribute, for the expansion budget.
        var count: Int
    }

    private struct Frame {
        var isMapping: Bool
        var event: YAMLEvent.CollectionEvent
        var start: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var count = 0
        /// Built once a mapping grows past a handful of keys; a linear scan is cheaper before that.
        var keyIndex: [YAMLValue: SourceLocation]?
    }

    private static let linearKeyScanLimit = 12

    init(path: String, limits: YAMLLimits) {
        self.path = path
        self.limits = limits
    }

    /// Reads every event of the stream and returns one root node per document.
    mutating func compose(_ reader: YAMLEventReader) throws(YAMLError) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        var root: YAMLNode?
        while let event = try reader.next() {
            switch event.kind {
            case .streamStart, .streamEnd:
                continue
            case .documentStart:
                guard documents.count < limits.maxDocuments else {
                    throw YAMLError.tooManyDocuments(limit: limits.maxDocuments, path: path, range: event.range)
                }
                root = nil
                anchors.removeAll(keepingCapacity: true)
            case .documentEnd:
                documents.append(root ?? YAMLNode(
                    content: .scalar(YAMLScalar(text: "", style: .plain, value: .null)),
                    range: event.range, path: path
                ))
            case let .scalar(scalar):
                let node = try scalarNode(scalar, range: event.range)
                if let anchor = scalar.anchor { anchors[anchor] = Anchored(node: node, count: 1) }
                try deliver(node, count: 1, root: &root)
            case let .alias(anchor):
                guard let anchored = anchors[anchor] else {
                    throw YAMLError.undefinedAlias(anchor, path: path, range: event.range)
                }
                aliasExpansion += anchored.count
                guard aliasExpansion <= limits.maxAliasExpansion else {
                    throw YAMLError.aliasBudget(limit: limits.maxAliasExpansion, path: path, range: event.range)
                }
                var node = anchored.node
                node.range = event.range
                try deliver(node, count: anchored.count, root: &root)
            case let .sequenceStart(collection):
                try push(Frame(isMapping: false, event: collection, start: event.range.start), range: event.range)
            case let .mappingStart(collection):
                try push(Frame(isMapping: true, event: collection, start: event.range.start), range: event.range)
            case .sequenceEnd, .mappingEnd:
                guard let frame = frames.popLast() else { continue }
                let node = YAMLNode(
                    content: frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items),
                    range: SourceRange(start: frame.start, end: event.range.end),
                    path: path,
                    tag: frame.event.tag,
                    anchor: frame.event.anchor,
                    collectionStyle: frame.event.style
                )
                let count = frame.count + 1
                if let anchor = frame.event.anchor { anchors[anchor] = Anchored(node: node, count: count) }
                try deliver(node, count: count, root: &root)
            }
        }
        return documents
    }

    private mutating func push(_ frame: Frame, range: SourceRange) throws(YAMLError) {
        guard frames.count < limits.maxDepth else {
            throw YAMLError.tooDeep(limit: limits.maxDepth, path: path, range: range)
        }
        frames.append(frame)
    }

    private func scalarNode(_ scalar: YAMLEvent.ScalarEvent, range: SourceRange) throws(YAMLError) -> YAMLNode {
        switch CoreSchema.resolve(text: scalar.value, style: scalar.style, tag: scalar.tag) {
        case let .success(value):
            return YAMLNode(
                content: .scalar(YAMLScalar(text: scalar.value, style: scalar.style, value: value)),
                range: range, path: path, tag: scalar.tag, anchor: scalar.anchor
            )
        case let .failure(.invalid(tag)):
            throw YAMLError.badTag(tag, text: scalar.value, path: path, range: range)
        }
    }

    private mutating func deliver(_ node: YAMLNode, count: Int, root: inout YAMLNode?) throws(YAMLError) {
        let top = frames.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        frames[top].count += count
        guard frames[top].isMapping else {
            frames[top].items.append(node)
            return
        }
        if let key = frames[top].pendingKey {
            frames[top].pairs.append(YAMLPair(key: key, value: node))
            frames[top].pendingKey = nil
        } else {
            try checkKey(node, in: &frames[top])
            frames[top].pendingKey = node
        }
    }

    private func checkKey(_ key: YAMLNode, in frame: inout Frame) throws(YAMLError) {
        guard let scalar = key.scalar else {
            throw YAMLError.complexKey(path: path, range: key.range)
        }
        if scalar.style == .plain, key.tag == nil, scalar.text == "<<" {
            throw YAMLError.mergeKey(path: path, range: key.range)
        }
        let identity = scalar.value
        if let first = firstOccurrence(of: identity, at: key.start, in: &frame) {
            throw YAMLError.duplicateKey(Self.shown(scalar.text), path: path, range: key.range, first: first)
        }
    }

    /// Where an equal key appeared before in this mapping; records `location` for the key otherwise.
    private func firstOccurrence(of identity: YAMLValue, at location: SourceLocation, in frame: inout Frame) -> SourceLocation? {
        if frame.keyIndex == nil, frame.pairs.count >= Self.linearKeyScanLimit {
            var index: [YAMLValue: SourceLocation] = [:]
            index.reserveCapacity(frame.pairs.count * 2)
            for pair in frame.pairs {
                if let value = pair.key.scalar?.value, index[value] == nil { index[value] = pair.key.start }
            }
            frame.keyIndex = index
        }
        if frame.keyIndex != nil {
            if let first = frame.keyIndex?[identity] { return first }
            frame.keyIndex?[identity] = location
            return nil
        }
        return frame.pairs.first { $0.key.scalar?.value == identity }?.key.start
    }

    private static func shown(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
