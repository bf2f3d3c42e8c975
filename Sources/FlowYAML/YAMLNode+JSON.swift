public import FlowDiagnostics

/// JSON renderings of composed nodes, keys in source order.
///
/// Infinities and NaN, which JSON cannot express, are written as strings (".inf", "-.inf", ".nan").
/// With `positions`, every node becomes `{"line", "column", "endLine", "endColumn", "value"}` and a
/// mapping's wrapper also gets `"keys"`: each key's own position, by key.
extension YAMLNode {
    /// The node as plain JSON. Mapping keys become their scalar's canonical text.
    public var json: JSONValue { json(positions: false) }

    /// The node as a JSON value.
    public func json(positions: Bool) -> JSONValue {
        var builder = JSONValueBuilder()
        emitJSON(into: &builder, positions: positions)
        return builder.value
    }

    /// The node as JSON text, written straight from the tree: no intermediate value, so a tree as
    /// deep as any limit allows is written and released without deep recursion.
    public func jsonText(pretty: Bool, positions: Bool) -> String {
        var writer = JSONStreamWriter(pretty: pretty)
        emitJSON(into: &writer, positions: positions)
        return writer.output
    }

    /// Feeds the node to a sink with an explicit stack.
    public func emitJSON(into sink: inout some JSONSink, positions: Bool) {
        var steps: [JSONEmission] = [.node(self)]
        while let step = steps.popLast() {
            switch step {
            case let .key(key):
                sink.key(key)
            case .end:
                sink.end()
            case let .keyPositions(pairs):
                sink.key("keys")
                sink.beginObject()
                for pair in pairs {
                    sink.key(Self.keyText(pair.key))
                    pair.key.emitPosition(into: &sink)
                    sink.end()
                }
                sink.end()
            case let .node(node):
                if positions {
                    node.emitPosition(into: &sink)
                    sink.key("value")
                    steps.append(.end)
                }
                switch node.content {
                case let .scalar(scalar):
                    sink.scalar(Self.json(scalar.value))
                case let .sequence(items):
                    sink.beginArray()
                    steps.append(.end)
                    steps += items.reversed().map { .node($0) }
                case let .mapping(pairs):
                    if positions { steps.append(.keyPositions(pairs)) }
                    sink.beginObject()
                    steps.append(.end)
                    for pair in pairs.reversed() {
                        steps.append(.node(pair.value))
                        steps.append(.key(Self.keyText(pair.key)))
                    }
                }
            }
        }
    }

    /// Opens an object with the node's position members; the caller adds more and closes it.
    private func emitPosition(into sink: inout some JSONSink) {
        sink.beginObject()
        for (name, number) in [("line", start.line), ("column", start.column), ("endLine", end.line), ("endColumn", end.column)] {
            sink.key(name)
            sink.scalar(.integer(number))
        }
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

/// What remains to be emitted while walking a tree.
private enum JSONEmission {
    case node(YAMLNode)
    case key(String)
    case end
    /// After a positioned mapping's value: its keys' positions.
    case keyPositions([YAMLPair])
}
