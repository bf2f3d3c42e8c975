/// Bounds on what the loader accepts, so hostile input ends in an error instead of a crash or a hang.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest input accepted, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add to the tree, counting every node of each aliased subtree.
    public var maxAliasExpansion: Int
    /// Most documents in one stream.
    public var maxDocuments: Int

    public init(
        maxFileBytes: Int = 8 * 1024 * 1024,
        maxDepth: Int = 256,
        maxAliasExpansion: Int = 100_000,
        maxDocuments: Int = 1_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDocuments = maxDocuments
    }

    public static let `default` = YAMLLimits()
}
