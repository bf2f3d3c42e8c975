import FlowDiagnostics

/// The messages of the loader's own checks, in both languages, in one place.
extension YAMLError {
    static func duplicateKey(_ key: String, path: String, range: SourceRange, first: SourceLocation) -> YAMLError {
        YAMLError(
            kind: .duplicateKey, path: path, range: range,
            message: LocalizedMessage(
                en: "duplicate key \"\(key)\" (first defined at \(first.line):\(first.column))",
                zh: "重复的键 \"\(key)\"（首次定义于 \(first.line):\(first.column)）"
            ),
            notes: [Diagnostic.Note(
                path: path, location: first,
                message: LocalizedMessage(en: "\"\(key)\" first defined here", zh: "\"\(key)\" 首次定义于此")
            )]
        )
    }

    static func undefinedAlias(_ anchor: String, path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .undefinedAlias, path: path, range: range,
            message: LocalizedMessage(
                en: "alias \"*\(anchor)\" refers to no anchor \"&\(anchor)\" defined before it",
                zh: "别名 \"*\(anchor)\" 引用的锚点 \"&\(anchor)\" 未在其之前定义"
            )
        )
    }

    static func recursiveAlias(_ anchor: String, path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .undefinedAlias, path: path, range: range,
            message: LocalizedMessage(
                en: "alias \"*\(anchor)\" refers to the node that contains it; recursive aliases are not supported",
                zh: "别名 \"*\(anchor)\" 引用了包含它自身的节点；不支持递归别名"
            )
        )
    }

    static func mergeKey(path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .mergeKey, path: path, range: range,
            message: LocalizedMessage(
                en: "merge keys (\"<<\") are not supported: write the keys out in this mapping",
                zh: "不支持合并键（\"<<\"）：请在此映射中逐项写出各个键"
            )
        )
    }

    static func complexKey(path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .complexKey, path: path, range: range,
            message: LocalizedMessage(
                en: "mapping keys must be scalars, not sequences or mappings",
                zh: "映射的键必须是标量，不能是序列或映射"
            )
        )
    }

    static func badTag(_ tag: String, text: String, path: String, range: SourceRange) -> YAMLError {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return YAMLError(
            kind: .tag, path: path, range: range,
            message: LocalizedMessage(
                en: "\"\(shown)\" is not a valid value for tag \"\(tag)\"",
                zh: "\"\(shown)\" 不是标签 \"\(tag)\" 的有效值"
            )
        )
    }

    static func unsupportedEncoding(path: String) -> YAMLError {
        YAMLError(
            kind: .encoding, path: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            message: LocalizedMessage(
                en: "the file starts with a UTF-16 byte-order mark: save it as UTF-8",
                zh: "文件以 UTF-16 字节序标记开头：请保存为 UTF-8 编码"
            )
        )
    }

    /// The input is larger than `limit` bytes; `size` is as much of it as was seen.
    public static func fileTooLarge(size: Int, limit: Int, path: String) -> YAMLError {
        YAMLError(
            kind: .limit, path: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            message: LocalizedMessage(
                en: "the input is larger than the limit of \(limit) bytes (\(size) bytes seen)",
                zh: "输入超过大小上限 \(limit) 字节（已读到 \(size) 字节）"
            )
        )
    }

    static func tooDeep(limit: Int, path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .limit, path: path, range: range,
            message: LocalizedMessage(
                en: "nesting is deeper than the limit of \(limit) levels",
                zh: "嵌套深度超过上限 \(limit) 层"
            )
        )
    }

    static func aliasBudget(limit: Int, path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .limit, path: path, range: range,
            message: LocalizedMessage(
                en: "aliases expand to more than \(limit) nodes (is this a \"billion laughs\" file?)",
                zh: "别名展开后的节点数超过上限 \(limit)（是否为\u{201C}十亿笑声\u{201D}攻击文件？）"
            )
        )
    }

    static func tooManyDocuments(limit: Int, path: String, range: SourceRange) -> YAMLError {
        YAMLError(
            kind: .limit, path: path, range: range,
            message: LocalizedMessage(
                en: "the stream has more than \(limit) documents",
                zh: "文档数量超过上限 \(limit) 个"
            )
        )
    }

    static func outOfMemory(path: String) -> YAMLError {
        YAMLError(
            kind: .limit, path: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            message: LocalizedMessage(en: "libyaml ran out of memory", zh: "libyaml 内存不足")
        )
    }
}
