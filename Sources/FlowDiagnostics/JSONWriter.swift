/// Writes `JSONValue`s compactly (one line) or pretty-printed with two-space indentation.
public struct JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON text of a value.
    public func string(_ value: JSONValue) -> String {
        var sink = JSONStreamWriter(pretty: pretty)
        JSONWriter.emit(value, into: &sink)
        return sink.output
    }

    /// Appends the JSON text of a value.
    public func write(_ value: JSONValue, into output: inout String) {
        output += string(value)
    }

    /// Feeds a value to a sink; iterative, so deep values cannot overflow the stack here.
    public static func emit(_ value: JSONValue, into sink: inout some JSONSink) {
        var stack: [JSONWork] = [.value(value)]
        while let work = stack.popLast() {
            switch work {
            case let .key(key): sink.key(key)
            case .end: sink.end()
            case let .value(.array(items)):
                sink.beginArray()
                stack.append(.end)
                stack += items.reversed().map { .value($0) }
            case let .value(.object(members)):
                sink.beginObject()
                stack.append(.end)
                for (key, member) in members.reversed() {
                    stack.append(.value(member))
                    stack.append(.key(key))
                }
            case let .value(scalar):
                sink.scalar(scalar)
            }
        }
    }

    /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// What remains to be emitted while walking a value.
private enum JSONWork {
    case value(JSONValue)
    case key(String)
    case end
}
