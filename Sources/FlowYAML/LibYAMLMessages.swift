import FlowDiagnostics

/// Chinese renderings of libyaml's English problem and context phrases.
///
/// libyaml only speaks English; these are its fixed phrases (reader, scanner and parser of 0.2.5).
/// A phrase missing here is shown in English inside the Chinese sentence rather than dropped.
enum LibYAMLMessages {
    static func message(problem: String, context: String?) -> LocalizedMessage {
        let problemZH = phrases[problem] ?? problem
        guard let context, !context.isEmpty else {
            return LocalizedMessage(en: problem, zh: problemZH)
        }
        let contextZH = phrases[context] ?? context
        return LocalizedMessage(en: "\(problem) \(context)", zh: "\(contextZH)时\(problemZH)")
    }

    static let phrases: [String: String] = [
        // reader
        "invalid leading UTF-8 octet": "UTF-8 首字节无效",
        "incomplete UTF-8 octet sequence": "UTF-8 字节序列不完整",
        "invalid trailing UTF-8 octet": "UTF-8 后续字节无效",
        "invalid length of a UTF-8 sequence": "UTF-8 序列长度无效",
        "invalid Unicode character": "无效的 Unicode 字符",
        "control characters are not allowed": "不允许出现控制字符",
        "input is too long": "输入过长",
        "incomplete UTF-16 character": "UTF-16 字符不完整",
        "incomplete UTF-16 surrogate pair": "UTF-16 代理对不完整",
        "unexpected low surrogate area": "意外的低位代理",
        "expected low surrogate area": "缺少低位代理",
        // scanner problems
        "found character that cannot start any token": "遇到不能作为任何记号开头的字符",
        "mapping values are not allowed in this context": "此处不允许出现映射的值",
        "block sequence entries are not allowed in this context": "此处不允许出现块序列条目",
        "mapping keys are not allowed in this context": "此处不允许出现映射的键",
        "could not find expected ':'": "未找到应有的 ':'",
        "found unexpected end of stream": "遇到意外的流结束",
        "found unknown escape character": "遇到未知的转义字符",
        "did not find expected hexdecimal number": "未找到应有的十六进制数",
        "found invalid Unicode character escape code": "遇到无效的 Unicode 转义码",
        "found unexpected document indicator": "遇到意外的文档标记",
        "did not find expected comment or line break": "未找到应有的注释或换行",
        "found a tab character that violates indentation": "制表符破坏了缩进",
        "found a tab character where an indentation space is expected": "应为缩进空格处出现了制表符",
        "did not find expected whitespace or line break": "未找到应有的空白或换行",
        "found an indentation indicator equal to 0": "缩进指示符不能为 0",
        "did not find expected alphabetic or numeric character": "未找到应有的字母或数字",
        "did not find expected '!'": "未找到应有的 '!'",
        "did not find the expected '>'": "未找到应有的 '>'",
        "did not find expected whitespace": "未找到应有的空白",
        "could not find expected directive name": "未找到应有的指令名",
        "did not find URI escaped octet": "未找到 URI 转义字节",
        "found an incorrect leading UTF-8 octet": "UTF-8 首字节不正确",
        "found an incorrect trailing UTF-8 octet": "UTF-8 后续字节不正确",
        "did not find expected tag URI": "未找到应有的标签 URI",
        "did not find expected directive name": "未找到应有的指令名",
        "found unexpected non-alphabetical character": "遇到意外的非字母字符",
        "found unknown directive name": "遇到未知的指令名",
        "did not find expected digit or '.' character": "未找到应有的数字或 '.'",
        "did not find expected version number": "未找到应有的版本号",
        "found extremely long version number": "版本号过长",
        "found unexpected ':'": "遇到意外的 ':'",
        // parser problems
        "did not find expected <document start>": "未找到应有的文档开始标记",
        "did not find expected node content": "未找到应有的节点内容",
        "did not find expected key": "未找到应有的键",
        "did not find expected '-' indicator": "未找到应有的 '-' 标记",
        "did not find expected ',' or ']'": "未找到应有的 ',' 或 ']'",
        "did not find expected ',' or '}'": "未找到应有的 ',' 或 '}'",
        "found undefined tag handle": "遇到未定义的标签句柄",
        "found duplicate %YAML directive": "%YAML 指令重复",
        "found incompatible YAML document": "YAML 文档版本不兼容",
        "found duplicate %TAG directive": "%TAG 指令重复",
        // contexts
        "while scanning a simple key": "扫描简单键",
        "while scanning a quoted scalar": "扫描引号标量",
        "while scanning a plain scalar": "扫描普通标量",
        "while scanning a block scalar": "扫描块标量",
        "while scanning an anchor": "扫描锚点",
        "while scanning an alias": "扫描别名",
        "while scanning a tag": "扫描标签",
        "while scanning a directive": "扫描指令",
        "while scanning a %YAML directive": "扫描 %YAML 指令",
        "while scanning a %TAG directive": "扫描 %TAG 指令",
        "while parsing a tag": "解析标签",
        "while parsing a block node": "解析块节点",
        "while parsing a flow node": "解析流节点",
        "while parsing a block collection": "解析块集合",
        "while parsing a block mapping": "解析块映射",
        "while parsing a flow sequence": "解析流序列",
        "while parsing a flow mapping": "解析流映射",
        "while parsing a node": "解析节点",
        "while parsing a quoted scalar": "解析引号标量",
        "while parsing a %TAG directive": "解析 %TAG 指令",
        "while parsing a tag directive": "解析标签指令",
        "while scanning a tag directive": "扫描标签指令",
        "while scanning for the next token": "查找下一个记号",
    ]
}
