public import FlowDiagnostics

/// JSON renderings of composed nodes, keys in source order.
extension YAMLNode {
    /// The node as plain JSON. Mapping keys become their scalar's canonical text.
    /// Infinities and NaN, which JSON cannot express, are written as strings (".inf", "-.inf", ".nan").
    public var json: JSONValue { json(positions: false) }

    /// With `positions`, every node becomes `{"line", "column", "endLine", "endColumn", "value"}`
    /// and a mapping's wrapper also gets `"keys"`: each key's own position, by key.
    public func json(positions: Bool) -> JSONValue {
        // An explicit stack: a tree as deep as the loader allows must not become call depth.
        enum Step {
            case visit(YAMLNode)
            case buildSequence(YAMLNode, count: Int)
            case buildMapping(YAMLNode, keys: [String])
        }
        var steps: [Step] = [.visit(self)]
        var results: [JSONValue] = []
        while let step = steps.popLast() {
            switch step {
            case let .visit(node):
                switch node.content {
                case let .scalar(scalar):
                    results.append(node.wrap(Self.json(scalar.value), positions: positions, keys: nil))
                case let .sequence(items):
                    steps.append(.buildSequence(node, count: items.count))
                    steps.append(contentsOf: items.reversed().map { .visit($0) })
                case let .mapping(pairs):
                    steps.append(.buildMapping(node, keys: pairs.map { Self.keyText($0.key) }))
                    steps.append(contentsOf: pairs.reversed().map { .visit($0.value) })
                }
            case let .buildSequence(node, count):
                let items = Array(results.suffix(count))
                results.removeLast(count)
                results.append(node.wrap(.array(items), positions: positions, keys: nil))
            case let .buildMapping(node, keys):
                let values = Array(results.suffix(keys.count))
                results.removeLast(keys.count)
                let keyPositions: JSONValue? = positions ? .object(zip(keys, node.mapping ?? []).map { key, pair in
                    (key, pair.key.positionObject(value: nil))
                }) : nil
                results.append(node.wrap(.object(Array(zip(keys, values))), positions: positions, keys: keyPositions))
            }
        }
        return results.first ?? .null
    }

    private func wrap(_ value: JSONValue, positions: Bool, keys: JSONValue?) -> JSONValue {
        guard positions else { return value }
        guard case var .object(members) = positionObject(value: value) else { return value }
        if let keys { members.append(("keys", keys)) }
        return .object(members)
    }

    private func positionObject(value: JSONValue?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("line", .integer(start.line)),
            ("column", .integer(start.column)),
            ("endLine", .integer(end.line)),
            ("endColumn", .integer(end.column)),
        ]
        if let value { members.append(("value", value)) }
        return .object(members)
    }

    /// The JSON form of a scalar value.
    public static func json(_ value: YAMLValue) -> JSONValue {
        switch value {
        case .null: .null
        case let .bool(flag): .bool(flag)
        case let .int(number): .integer(number)
        case let .bigInt(digits): .number(digits)
        case let .float(number): number.isFinite ? .number(jsonNumber(number)) : .string(nonFiniteText(number))
        case let .string(text): .string(text)
        }
    }

    /// A mapping key's text in JSON: strings as they are, other scalars in canonical form.
    static func keyText(_ key: YAMLNode) -> String {
        guard let scalar = key.scalar else { return "" }
        switch scalar.value {
        case .null: return ""
        case let .bool(flag): return flag ? "true" : "false"
        case let .int(number): return String(number)
        case let .bigInt(digits): return digits
        case let .float(number): return number.isFinite ? jsonNumber(number) : nonFiniteText(number)
        case let .string(text): return text
        }
    }

    private static func jsonNumber(_ number: Double) -> String {
        if number == 0, number.sign == .minus { return "-0.0" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return "\(number)"
    }

    private static func nonFiniteText(_ number: Double) -> String {
        number.isNaN ? ".nan" : (number > 0 ? ".inf" : "-.inf")
    }
}
