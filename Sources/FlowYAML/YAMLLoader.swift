public import FlowDiagnostics

/// Loads YAML streams from bytes into node trees, enforcing `YAMLLimits`.
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Every document of the source, in order. An empty source has no documents.
    public func load(_ source: SourceFile) throws(YAMLError) -> [YAMLNode] {
        guard source.bytes.count <= limits.maxFileBytes else {
            throw YAMLError.fileTooLarge(size: source.bytes.count, limit: limits.maxFileBytes, path: source.path)
        }
        let reader = try YAMLEventReader(source: source)
        var composer = YAMLComposer(path: source.path, limits: limits, expectedBytes: source.bytes.count)
        let (tree, roots) = try composer.compose(reader)
        return roots.map { YAMLNode(tree: tree, index: $0) }
    }

    /// Loads `bytes` read from `path`.
    public func load(bytes: [UInt8], path: String) throws(YAMLError) -> [YAMLNode] {
        try load(SourceFile(path: path, bytes: bytes))
    }
}
