import FlowDiagnostics
import FlowExpressions
public import FlowYAML

/// Checks a YAML tree against a `SchemaType` and collects every mismatch with its position.
/// Iterative, so a deeply nested file cannot overflow the stack.
public struct SchemaValidator: Sendable {
    public init() {}

    /// Every issue of `node` against `type`, in document order.
    public func validate(_ node: YAMLNode, as type: SchemaType) -> [SchemaIssue] {
        var issues: [SchemaIssue] = []
        var work: [(YAMLNode, SchemaType)] = [(node, type)]
        while let (node, type) = work.popLast() {
            // A node's children go straight onto the work list, then turn round in place so the
            // first is visited first: no array per node, and no copy through a reversed view.
            var low = work.count
            check(node, type, issues: &issues, children: &work)
            var high = work.count - 1
            while low < high {
                work.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
        return issues.sorted { ($0.range.start, $0.kind.rawValue) < ($1.range.start, $1.kind.rawValue) }
    }

    private func check(_ node: YAMLNode, _ type: SchemaType, issues: inout [SchemaIssue], children: inout [(YAMLNode, SchemaType)]) {
        switch type {
        case .any:
            return
        case let .either(types):
            guard let match = types.first(where: { matchesKind(node, $0) }) else {
                issues.append(wrongType(node, expected: type.name))
                return
            }
            check(node, match, issues: &issues, children: &children)
        case let .list(element):
            guard node.isSequence else { return issues.append(wrongType(node, expected: type.name)) }
            node.forEachItem { children.append(($0, element)) }
        case let .dictionary(value):
            guard node.isMapping else { return issues.append(wrongType(node, expected: type.name)) }
            node.forEachPair { key, item in
                guard let text = key.string else {
                    return issues.append(wrongType(key, expected: SchemaType.string(.identifier).name))
                }
                if !Identifier.isValid(text) { issues.append(invalidIdentifier(key, text)) }
                children.append((item, value))
            }
        case let .object(schema):
            checkObject(node, schema, issues: &issues, children: &children)
        case .localized:
            checkLocalized(node, issues: &issues)
        default:
            checkScalar(node, type, issues: &issues)
        }
    }

    private func checkObject(_ node: YAMLNode, _ schema: ObjectSchema, issues: inout [SchemaIssue], children: inout [(YAMLNode, SchemaType)]) {
        guard node.isMapping else {
            return issues.append(wrongType(node, expected: SchemaType.object(schema).name))
        }
        var present = PropertySet()
        node.forEachPair { key, value in
            guard let position = key.lookUpScalarBytes({ schema.positions.position(of: $0) }) else {
                let text = key.string ?? key.scalar?.text ?? ""
                issues.append(unknownKey(key, key: text, expected: schema.properties.map(\.key), in: schema.name))
                return
            }
            present.insert(position)
            children.append((value, schema.properties[position].type))
        }
        for (position, property) in schema.properties.enumerated() where property.required && !present.contains(position) {
            issues.append(SchemaIssue(
                kind: .missingKey, path: node.path, range: node.range,
                message: LocalizedMessage(
                    en: "missing key \"\(property.key)\" in \(schema.name): \(property.summary.en.lowercasedFirst)",
                    zh: "\(schema.name) 缺少键 \"\(property.key)\"：\(property.summary.zh)"
                )
            ))
        }
    }

    private func checkLocalized(_ node: YAMLNode, issues: inout [SchemaIssue]) {
        guard node.isMapping else {
            return issues.append(wrongType(node, expected: SchemaType.localized.name))
        }
        // Two flags, not a set of the keys: every label and title of a file comes through here.
        var hasChinese = false
        var hasEnglish = false
        node.forEachPair { keyNode, value in
            let key: String
            if keyNode.isString("zh") {
                hasChinese = true
                key = "zh"
            } else if keyNode.isString("en") {
                hasEnglish = true
                key = "en"
            } else {
                let written = keyNode.string ?? keyNode.scalar?.text ?? ""
                issues.append(unknownKey(keyNode, key: written, expected: ["en", "zh"], in: "text"))
                return
            }
            if value.nodeKind != .string || value.isBlankString {
                issues.append(SchemaIssue(
                    kind: .missingTranslation, path: node.path, range: value.range,
                    message: LocalizedMessage(en: "the \"\(key)\" text is empty", zh: "\"\(key)\" 文本为空")
                ))
            }
        }
        if !hasChinese { issues.append(missingTranslation(node, LocalizedMessage(en: "Chinese (\"zh\")", zh: "中文（\"zh\"）"))) }
        if !hasEnglish { issues.append(missingTranslation(node, LocalizedMessage(en: "English (\"en\")", zh: "英文（\"en\"）"))) }
    }

    private func missingTranslation(_ node: YAMLNode, _ language: LocalizedMessage) -> SchemaIssue {
        SchemaIssue(
            kind: .missingTranslation, path: node.path, range: node.range,
            message: LocalizedMessage(en: "missing the \(language.en) text", zh: "缺少\(language.zh)文本")
        )
    }

    private func checkScalar(_ node: YAMLNode, _ type: SchemaType, issues: inout [SchemaIssue]) {
        guard matchesKind(node, type) else { return issues.append(wrongType(node, expected: type.name)) }
        switch type {
        case .string(.text), .expression, .boolean, .any:
            // Free text, expressions (checked by the linter) and booleans have nothing more to check.
            return
        case .string(.identifier):
            // Most scalars the check reads are ids: their bytes are checked where they lie, and text
            // is made only for a refusal.
            if !node.scalarBytesSatisfy({ Identifier.isValid(utf8: $0) }) { issues.append(invalidIdentifier(node, node.scalar?.text ?? "")) }
            return
        default:
            break
        }
        let text = node.scalar?.text ?? ""
        switch type {
        case .string(.date):
            if ScalarReading.date(text) == nil {
                issues.append(invalid(node, en: "\"\(text)\" is not a date in the form YYYY-MM-DD", zh: "\"\(text)\" 不是 YYYY-MM-DD 格式的日期"))
            }
        case let .integer(minimum, maximum):
            if case let .bigInt(digits)? = node.scalar?.value, minimum != nil || maximum != nil {
                return issues.append(invalid(node, en: "\(digits) is far outside the allowed range", zh: "\(digits) 远超出允许的范围"))
            }
            guard case let .int(value)? = node.scalar?.value else { return }
            if let minimum, value < minimum {
                issues.append(invalid(node, en: "\(value) is less than the minimum \(minimum)", zh: "\(value) 小于最小值 \(minimum)"))
            }
            if let maximum, value > maximum {
                issues.append(invalid(node, en: "\(value) is more than the maximum \(maximum)", zh: "\(value) 大于最大值 \(maximum)"))
            }
        case .money:
            if ScalarReading.fen(node) == nil {
                issues.append(invalid(node, en: "\"\(text)\" is not an amount in yuan with at most two decimals, such as \"300.00\"",
                                      zh: "\"\(text)\" 不是最多两位小数的金额（元），例如 \"300.00\""))
            }
        case let .word(words):
            if !words.contains(text) {
                issues.append(SchemaIssue(
                    kind: .invalidValue, path: node.path, range: node.range,
                    message: Alternatives.message(found: text, expected: words, what: LocalizedMessage(en: "value", zh: "值"))
                ))
            }
        default:
            return
        }
    }

    /// Whether the node has the YAML kind `type` needs (scalar of the right resolution, list, mapping).
    func matchesKind(_ node: YAMLNode, _ type: SchemaType) -> Bool {
        let kind = node.nodeKind
        switch type {
        case .any: return true
        case let .either(types): return types.contains { matchesKind(node, $0) }
        case .list: return kind == .sequence
        case .object, .dictionary, .localized: return kind == .mapping
        case .string, .expression, .word: return kind == .string
        case .integer: return kind == .integer
        case .money: return kind == .integer || kind == .float || kind == .string
        case .boolean: return kind == .bool
        }
    }

    private func wrongType(_ node: YAMLNode, expected: LocalizedMessage) -> SchemaIssue {
        let found = node.kindName
        let shown = node.scalar.map { " \"\($0.text.prefix(40))\"" } ?? ""
        return SchemaIssue(
            kind: .wrongType, path: node.path, range: node.range,
            message: LocalizedMessage(
                en: "expected \(expected.en), found \(found)\(shown)",
                zh: "应为\(expected.zh)，实际为\(found)\(shown)"
            )
        )
    }

    private func unknownKey(_ key: YAMLNode, key text: String, expected: [String], in object: String) -> SchemaIssue {
        SchemaIssue(
            kind: .unknownKey, path: key.path, range: key.range,
            message: Alternatives.message(
                found: text, expected: expected,
                what: LocalizedMessage(en: "key in \(object)", zh: "\(object) 中的键"), unknownWord: LocalizedMessage(en: "unknown", zh: "未知")
            )
        )
    }

    private func invalidIdentifier(_ node: YAMLNode, _ text: String) -> SchemaIssue {
        invalid(node, en: "\"\(text)\" is not a valid id: use lower-case letters, digits and \"_\", starting with a letter",
                zh: "\"\(text)\" 不是有效的标识：请使用小写字母、数字和 \"_\"，并以字母开头")
    }

    private func invalid(_ node: YAMLNode, en: String, zh: String) -> SchemaIssue {
        SchemaIssue(kind: .invalidValue, path: node.path, range: node.range, message: LocalizedMessage(en: en, zh: zh))
    }
}

/// The positions of the properties a mapping holds: one word of bits for the first 64, which every
/// schema of the language fits in, so checking a mapping allocates nothing.
private struct PropertySet {
    private var bits: UInt64 = 0
    private var beyond: Set<Int> = []

    mutating func insert(_ position: Int) {
        if position < 64 { bits |= 1 << position } else { beyond.insert(position) }
    }

    func contains(_ position: Int) -> Bool {
        position < 64 ? bits & (1 << position) != 0 : beyond.contains(position)
    }
}
