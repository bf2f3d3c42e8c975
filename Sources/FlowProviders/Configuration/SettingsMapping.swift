import FlowDiagnostics
import FlowYAML

/// One mapping of a settings file read strictly: the first problem is thrown as a
/// ``ProviderConfigurationError`` at the node that has it.
struct SettingsMapping {
    let node: YAMLNode
    let pairs: [YAMLPair]

    /// `node` as a mapping; `name` says what it is in the message when it is not one.
    init(_ node: YAMLNode, name: LocalizedMessage) throws(ProviderConfigurationError) {
        guard let pairs = node.mapping else {
            throw Self.error(
                at: node, en: "\(name.en) must be a mapping, not a \(node.kindName)", zh: "\(name.zh)必须是映射，而不是 \(node.kindName)"
            )
        }
        self.node = node
        self.pairs = pairs
    }

    /// Throws at the first key that is not one of `allowed`.
    func checkKeys(_ allowed: [String]) throws(ProviderConfigurationError) {
        for pair in pairs {
            let key = Self.keyText(pair)
            guard !allowed.contains(key) else { continue }
            let expected = allowed.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            throw Self.error(
                at: pair.key, en: "unknown key \"\(key)\"; expected one of \(expected)",
                zh: "未知的键 \"\(key)\"；应为以下之一：\(expected)"
            )
        }
    }

    /// The text of a key, however it resolved (`1` as well as `name`).
    static func keyText(_ pair: YAMLPair) -> String {
        pair.key.scalar?.text ?? ""
    }

    /// The text of a string value at `key`; an integer counts, as its digits (`pin: 123456`).
    func text(_ key: String) throws(ProviderConfigurationError) -> (text: String, node: YAMLNode)? {
        guard let value = node[key] else { return nil }
        guard let scalar = value.scalar else { throw Self.wrongType(key, value, expected: LocalizedMessage(en: "a string", zh: "字符串")) }
        switch scalar.value {
        case .string, .int, .bigInt: return (scalar.text, value)
        case .null, .bool, .float:
            throw Self.wrongType(key, value, expected: LocalizedMessage(en: "a string", zh: "字符串"))
        }
    }

    /// The text at `key`, which must not be empty when it is there.
    func nonEmptyText(_ key: String) throws(ProviderConfigurationError) -> (text: String, node: YAMLNode)? {
        guard let found = try text(key) else { return nil }
        guard !found.text.isEmpty else {
            throw Self.error(at: found.node, en: "\"\(key)\" must not be empty", zh: "\"\(key)\" 不能为空")
        }
        return found
    }

    /// The text at `key`, which must be there and not empty.
    func requiredText(_ key: String) throws(ProviderConfigurationError) -> (text: String, node: YAMLNode) {
        guard let found = try nonEmptyText(key) else {
            throw Self.error(at: node, en: "missing key \"\(key)\"", zh: "缺少键 \"\(key)\"")
        }
        return found
    }

    /// The integer at `key`, which must lie in `range`.
    func integer(_ key: String, in range: ClosedRange<Int>) throws(ProviderConfigurationError) -> Int? {
        guard let value = node[key] else { return nil }
        guard case let .int(number)? = value.scalar?.value, range.contains(number) else {
            throw Self.error(
                at: value, en: "\"\(key)\" must be an integer from \(range.lowerBound) to \(range.upperBound)",
                zh: "\"\(key)\" 必须是 \(range.lowerBound) 到 \(range.upperBound) 之间的整数"
            )
        }
        return number
    }

    /// The boolean at `key`.
    func boolean(_ key: String) throws(ProviderConfigurationError) -> Bool? {
        guard let value = node[key] else { return nil }
        guard case let .bool(flag)? = value.scalar?.value else {
            throw Self.wrongType(key, value, expected: LocalizedMessage(en: "true or false", zh: "true 或 false"))
        }
        return flag
    }

    /// The mapping at `key`.
    func mapping(_ key: String) throws(ProviderConfigurationError) -> SettingsMapping? {
        guard let value = node[key] else { return nil }
        return try SettingsMapping(value, name: LocalizedMessage(en: "\"\(key)\"", zh: "\"\(key)\" "))
    }

    static func error(at node: YAMLNode, en: String, zh: String) -> ProviderConfigurationError {
        ProviderConfigurationError(path: node.path, at: node.start, en: en, zh: zh)
    }

    private static func wrongType(_ key: String, _ value: YAMLNode, expected: LocalizedMessage) -> ProviderConfigurationError {
        error(
            at: value, en: "\"\(key)\" must be \(expected.en), not a \(value.kindName)",
            zh: "\"\(key)\" 必须是\(expected.zh)，而不是 \(value.kindName)"
        )
    }
}
