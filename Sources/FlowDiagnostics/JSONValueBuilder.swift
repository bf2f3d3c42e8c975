/// A `JSONSink` that assembles a `JSONValue`.
public struct JSONValueBuilder: JSONSink {
    private enum Container {
        case array([JSONValue])
        case object([(String, JSONValue)], pendingKey: String)
    }

    private var stack: [Container] = []
    /// The finished value once every container is closed.
    public private(set) var value: JSONValue = .null

    public init() {}

    public mutating func beginObject() { stack.append(.object([], pendingKey: "")) }

    public mutating func beginArray() { stack.append(.array([])) }

    public mutating func key(_ key: String) {
        guard case let .object(members, _)? = stack.popLast() else { return }
        stack.append(.object(members, pendingKey: key))
    }

    public mutating func scalar(_ value: JSONValue) { add(value) }

    public mutating func end() {
        switch stack.popLast() {
        case let .array(items)?: add(.array(items))
        case let .object(members, _)?: add(.object(members))
        case nil: return
        }
    }

    private mutating func add(_ item: JSONValue) {
        switch stack.popLast() {
        case var .array(items)?:
            items.append(item)
            stack.append(.array(items))
        case .object(var members, let key)?:
            members.append((key, item))
            stack.append(.object(members, pendingKey: ""))
        case nil:
            value = item
        }
    }
}
