public import FlowDiagnostics

/// One parse event, as libyaml reports it, with 1-based positions.
public struct YAMLEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case streamStart
        case streamEnd
        case documentStart(explicit: Bool)
        case documentEnd(explicit: Bool)
        case alias(anchor: String)
        case scalar(ScalarEvent)
        case sequenceStart(CollectionEvent)
        case sequenceEnd
        case mappingStart(CollectionEvent)
        case mappingEnd
    }

    /// A scalar's text, style and properties.
    public struct ScalarEvent: Sendable, Equatable {
        public var value: String
        public var style: YAMLScalarStyle
        public var anchor: String?
        /// The resolved tag (handles expanded), or nil when the scalar has none.
        public var tag: String?
    }

    /// The properties of a sequence or mapping start.
    public struct CollectionEvent: Sendable, Equatable {
        public var anchor: String?
        public var tag: String?
        public var style: YAMLCollectionStyle
    }

    public var kind: Kind
    public var range: SourceRange
}

/// How a scalar was written.
public enum YAMLScalarStyle: String, Sendable, CaseIterable {
    case plain
    case singleQuoted = "single"
    case doubleQuoted = "double"
    case literal
    case folded
}

/// How a sequence or mapping was written.
public enum YAMLCollectionStyle: String, Sendable {
    case block
    case flow
}
