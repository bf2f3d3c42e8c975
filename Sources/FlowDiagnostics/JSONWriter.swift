/// Writes `JSONValue`s compactly (one line) or pretty-printed with two-space indentation.
public struct JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON text of a value.
    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    /// Appends the JSON text of a value; iterative, so deeply nested values cannot overflow the stack.
    public func write(_ value: JSONValue, into output: inout String) {
        enum Work {
            case value(JSONValue, depth: Int)
            case literal(String)
        }
        var stack: [Work] = [.value(value, depth: 0)]
        while let work = stack.popLast() {
            switch work {
            case let .literal(text):
                output += text
            case let .value(value, depth):
                switch value {
                case .null: output += "null"
                case let .bool(flag): output += flag ? "true" : "false"
                case let .number(text): output += text
                case let .string(text): JSONWriter.appendQuoted(text, to: &output)
                case let .array(items):
                    guard !items.isEmpty else { output += "[]"; continue }
                    output += "["
                    stack.append(.literal(closing("]", depth: depth)))
                    for (index, item) in items.enumerated().reversed() {
                        stack.append(.value(item, depth: depth + 1))
                        stack.append(.literal(separator(first: index == 0, depth: depth + 1)))
                    }
                case let .object(members):
                    guard !members.isEmpty else { output += "{}"; continue }
                    output += "{"
                    stack.append(.literal(closing("}", depth: depth)))
                    for (index, member) in members.enumerated().reversed() {
                        stack.append(.value(member.1, depth: depth + 1))
                        var key = separator(first: index == 0, depth: depth + 1)
                        JSONWriter.appendQuoted(member.0, to: &key)
                        key += pretty ? ": " : ":"
                        stack.append(.literal(key))
                    }
                }
            }
        }
    }

    private func separator(first: Bool, depth: Int) -> String {
        let comma = first ? "" : ","
        return pretty ? comma + "\n" + String(repeating: "  ", count: depth) : comma
    }

    private func closing(_ bracket: String, depth: Int) -> String {
        pretty ? "\n" + String(repeating: "  ", count: depth) + bracket : bracket
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
