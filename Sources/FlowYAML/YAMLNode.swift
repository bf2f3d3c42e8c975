public import FlowDiagnostics

/// A node of a composed YAML document: a scalar, a sequence or a mapping, with its position.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// From the node's first character to just after its last (for an aliased node: its anchor's).
    public var range: SourceRange
    /// The file the node was read from.
    public var path: String
    /// The tag written on the node, with handles expanded (`!!str` is `tag:yaml.org,2002:str`).
    public var tag: String?
    /// The anchor written on the node, if any.
    public var anchor: String?
    /// Block or flow, for sequences and mappings; block for scalars.
    public var collectionStyle: YAMLCollectionStyle

    public init(
        content: Content,
        range: SourceRange,
        path: String,
        tag: String? = nil,
        anchor: String? = nil,
        collectionStyle: YAMLCollectionStyle = .block
    ) {
        self.content = content
        self.range = range
        self.path = path
        self.tag = tag
        self.anchor = anchor
        self.collectionStyle = collectionStyle
    }

    public var start: SourceLocation { range.start }
    public var end: SourceLocation { range.end }
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
