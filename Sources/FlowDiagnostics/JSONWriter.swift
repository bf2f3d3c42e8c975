/// Writes `JSONValue`s compactly (one line) or pretty-printed with two-space indentation.
public struct JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON text of a value.
    public func string(_ value: JSONValue) -> String {
        if !pretty, let text = Self.flat(value) { return text }
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

    /// The compact text of a scalar, or of an object or array of scalars, in one pass; nil for a
    /// deeper value. Most values written are such (an event's detail, a stored answer), and for
    /// them the general walk's work list costs more than the text.
    private static func flat(_ value: JSONValue) -> String? {
        var output = ""
        switch value {
        case let .object(members):
            output += "{"
            for (index, (key, member)) in members.enumerated() {
                guard member.isScalar else { return nil }
                if index > 0 { output += "," }
                appendQuoted(key, to: &output)
                output += ":"
                appendScalar(member, to: &output)
            }
            output += "}"
        case let .array(items):
            output += "["
            for (index, item) in items.enumerated() {
                guard item.isScalar else { return nil }
                if index > 0 { output += "," }
                appendScalar(item, to: &output)
            }
            output += "]"
        default:
            appendScalar(value, to: &output)
        }
        return output
    }

    /// Appends the text of a scalar; nothing for an array or object.
    static func appendScalar(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(text): output += text
        case let .string(text): appendQuoted(text, to: &output)
        case .array, .object: return
        }
    }

    /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        if text.utf8.allSatisfy(needsNoEscape) {
            output += text
            output += "\""
            return
        }
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

/// Whether a UTF-8 byte stands for itself in a JSON string: not a quote, a backslash or a control
/// character, and not 0xE2, which leads U+2028 and U+2029 (escaped for JavaScript's sake) among
/// other punctuation; text with one goes through the escaping loop.
private func needsNoEscape(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0x7F && byte != 0xE2
}

extension JSONValue {
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}

/// What remains to be emitted while walking a value.
private enum JSONWork {
    case value(JSONValue)
    case key(String)
    case end
}
