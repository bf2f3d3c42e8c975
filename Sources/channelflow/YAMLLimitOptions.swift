import ArgumentParser
import FlowYAML

/// Command-line overrides of the loader's limits; each defaults to `YAMLLimits.default`.
struct YAMLLimitOptions: ParsableArguments {
    @Option(help: "Largest input accepted, in bytes (default: 8 MiB). 输入文件大小上限（字节）。")
    var maxFileBytes: Int = YAMLLimits.default.maxFileBytes

    @Option(help: "Deepest nesting of sequences and mappings (default: 256). 最大嵌套深度。")
    var maxDepth: Int = YAMLLimits.default.maxDepth

    @Option(help: "Most nodes aliases may add (default: 100000). 别名展开节点数上限。")
    var maxAliasExpansion: Int = YAMLLimits.default.maxAliasExpansion

    @Option(help: "Most documents in one stream (default: 1000). 单个流的文档数上限。")
    var maxDocuments: Int = YAMLLimits.default.maxDocuments

    func validate() throws {
        for (name, value) in [
            ("--max-file-bytes", maxFileBytes), ("--max-depth", maxDepth),
            ("--max-alias-expansion", maxAliasExpansion), ("--max-documents", maxDocuments),
        ] where value < 1 {
            throw ValidationError("\(name) must be at least 1, got \(value). \(name) 至少为 1。")
        }
    }

    var limits: YAMLLimits {
        YAMLLimits(
            maxFileBytes: maxFileBytes, maxDepth: maxDepth,
            maxAliasExpansion: maxAliasExpansion, maxDocuments: maxDocuments
        )
    }
}
