/// A `JSONSink` that writes text, compact or pretty-printed with two-space indentation.
public struct JSONStreamWriter: JSONSink {
    public private(set) var output = ""
    private let pretty: Bool
    /// Per open container: whether it has a member yet, and whether it is an object.
    private var open: [(hasMembers: Bool, isObject: Bool)] = []
    private var afterKey = false

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    public mutating func beginObject() {
        beginValue()
        output += "{"
        open.append((false, true))
    }

    public mutating func beginArray() {
        beginValue()
        output += "["
        open.append((false, false))
    }

    public mutating func key(_ key: String) {
        separate()
        JSONWriter.appendQuoted(key, to: &output)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    public mutating func scalar(_ value: JSONValue) {
        if case .array = value { return JSONWriter.emit(value, into: &self) }
        if case .object = value { return JSONWriter.emit(value, into: &self) }
        beginValue()
        JSONWriter.appendScalar(value, to: &output)
    }

    public mutating func end() {
        guard let closing = open.popLast() else { return }
        if pretty, closing.hasMembers { output += "\n" + String(repeating: "  ", count: open.count) }
        output += closing.isObject ? "}" : "]"
    }

    /// Before a value: a separator inside an array; nothing right after an object key.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        separate()
    }

    private mutating func separate() {
        guard let last = open.indices.last else { return }
        if open[last].hasMembers { output += "," }
        open[last].hasMembers = true
        if pretty { output += "\n" + String(repeating: "  ", count: open.count) }
    }
}
