public import FlowDiagnostics

/// A node of a composed YAML document: a scalar, a sequence or a mapping, with its position.
///
/// A node is a light view into its stream's storage; copying it is cheap. An alias node reports
/// the alias's own position and the content, tag and anchor of the node it refers to.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    let tree: YAMLTree
    let index: Int

    init(tree: YAMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    var ownRecord: NodeRecord { tree.records[index] }

    /// The record that holds the content: the alias target for an alias, else the node itself.
    var contentIndex: Int {
        let record = ownRecord
        return record.kind == .alias ? Int(record.target) : index
    }

    var contentRecord: NodeRecord { tree.records[contentIndex] }

    /// From the node's first character to just after its last.
    public var range: SourceRange {
        let record = ownRecord
        return SourceRange(
            start: SourceLocation(line: Int(record.startLine), column: Int(record.startColumn)),
            end: SourceLocation(line: Int(record.endLine), column: Int(record.endColumn))
        )
    }

    public var start: SourceLocation { range.start }
    public var end: SourceLocation { range.end }

    /// The file the node was read from.
    public var path: String { tree.path }

    /// True when this node was written as an alias (`*name`).
    public var isAlias: Bool { ownRecord.kind == .alias }

    /// The tag written on the node, with handles expanded (`!!str` is `tag:yaml.org,2002:str`).
    public var tag: String? { tree.name(contentRecord.tag) }

    /// The anchor written on the node, if any.
    public var anchor: String? { tree.name(contentRecord.anchor) }

    /// Block or flow, for sequences and mappings; block for scalars.
    public var collectionStyle: YAMLCollectionStyle { contentRecord.collectionStyle }

    /// What the node holds; collections are materialised on each call.
    public var content: Content {
        let record = contentRecord
        switch record.kind {
        case .sequence: return .sequence(children(of: contentIndex))
        case .mapping:
            let nodes = children(of: contentIndex)
            return .mapping(stride(from: 0, to: nodes.count - 1, by: 2).map { YAMLPair(key: nodes[$0], value: nodes[$0 + 1]) })
        case .scalar, .alias: return .scalar(makeScalar(record))
        }
    }

    /// Number of items of a sequence or pairs of a mapping; 0 for scalars.
    public var count: Int {
        let record = contentRecord
        switch record.kind {
        case .sequence: return Int(record.target)
        case .mapping: return Int(record.target) / 2
        case .scalar, .alias: return 0
        }
    }

    private func children(of parent: Int) -> [YAMLNode] {
        let record = tree.records[parent]
        var result: [YAMLNode] = []
        result.reserveCapacity(Int(record.target))
        var child = parent + 1
        let end = parent + Int(record.size)
        while child < end {
            result.append(YAMLNode(tree: tree, index: child))
            child += Int(tree.records[child].size)
        }
        return result
    }

    private func makeScalar(_ record: NodeRecord) -> YAMLScalar {
        let text = tree.string(at: record)
        let value: YAMLValue = switch record.valueKind {
        case .null: .null
        case .bool: .bool(record.payload != 0)
        case .int: .int(Int(record.payload))
        case .bigInt: CoreSchema.resolveInt(text) ?? .string(text)
        case .float: .float(Double(bitPattern: UInt64(bitPattern: record.payload)))
        case .string: .string(text)
        }
        return YAMLScalar(text: text, style: record.scalarStyle, value: value)
    }
}

/// One entry of a mapping; keys are nodes with positions of their own.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text as written, how it was written, and its core-schema value.
public struct YAMLScalar: Sendable, Equatable {
    public var text: String
    public var style: YAMLScalarStyle
    public var value: YAMLValue

    public init(text: String, style: YAMLScalarStyle, value: YAMLValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// The value of a scalar under the YAML 1.2 core schema.
public enum YAMLValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int`, kept as its decimal digits (with sign) rather than rounded.
    case bigInt(String)
    case float(Double)
    case string(String)
}
