import FlowDiagnostics
import FlowYAML

/// Lenient typed reads of a mapping's keys. Shape errors are the schema check's to report, so a
/// read that does not fit simply yields nothing.
struct NodeReader {
    let node: YAMLNode
    /// The mapping's schema. The reader gives only the keys it declares, so the decoders, the schema
    /// check and the JSON Schema of `channelflow schema` cannot disagree on the keys of the language.
    let schema: ObjectSchema

    /// Read once per mapping rather than once per key asked for: a task-local lookup is not free.
    private let log: UndeclaredKeyLog?

    init(_ node: YAMLNode, _ schema: ObjectSchema) {
        self.node = node
        self.schema = schema
        log = UndeclaredKeyLog.current
    }

    func child(_ key: String) -> YAMLNode? {
        let found = node[key]
        // An absent key reads as nothing whether declared or not, so only a key the file holds is
        // looked up in the schema: most keys a decoder asks for are absent. With a log bound (the
        // agreement test), every key is.
        if found != nil || log != nil, schema.positions.position(of: key) == nil {
            log?.record(key, in: schema.name)
            return nil
        }
        return found
    }

    func located<Value>(_ value: Value, _ node: YAMLNode) -> Located<Value> {
        Located(value, path: node.path, range: node.range)
    }

    func string(_ key: String) -> Located<String>? {
        guard let child = child(key), let text = child.string else { return nil }
        return located(text, child)
    }

    /// An expression's text, positioned at its first character (inside the quotes of a quoted scalar).
    func expression(_ key: String) -> Located<String>? {
        guard let child = child(key) else { return nil }
        return NodeReader.expression(child)
    }

    ///
    /// Text whose characters do not map one to one onto the file's columns — block scalars, text over
    /// several lines, quoted text with escapes, an alias — gets a zero-width range at the value's start
    /// instead: positions inside it would be wrong, so diagnostics point at the value as a whole.
    static func expression(_ node: YAMLNode) -> Located<String>? {
        guard let text = node.string, let style = node.scalar?.style else { return nil }
        let width = node.end.column - node.start.column
        let length = text.unicodeScalars.count
        let sameLine = node.start.line == node.end.line && !node.isAlias
        let exact = switch style {
        case .plain: sameLine && width == length
        case .singleQuoted, .doubleQuoted: sameLine && width == length + 2
        case .literal, .folded: false
        }
        guard exact else {
            return Located(text, path: node.path, range: SourceRange(at: node.start))
        }
        var start = node.start
        if style != .plain { start.column += 1 }
        return Located(text, path: node.path, range: SourceRange(start: start, end: node.end))
    }

    func localized(_ key: String) -> Located<LocalizedText>? {
        guard let child = child(key) else { return nil }
        return NodeReader.localized(child)
    }

    static func localized(_ node: YAMLNode) -> Located<LocalizedText>? {
        guard node.isMapping else { return nil }
        return Located(LocalizedText(zh: node["zh"]?.string ?? "", en: node["en"]?.string ?? ""), path: node.path, range: node.range)
    }

    func word<Word: RawRepresentable>(_ key: String, as _: Word.Type) -> Located<Word>? where Word.RawValue == String {
        guard let child = child(key), let text = child.string, let word = Word(rawValue: text) else { return nil }
        return located(word, child)
    }

    func words<Word: RawRepresentable>(_ key: String, as _: Word.Type) -> [Located<Word>] where Word.RawValue == String {
        list(key).compactMap { item in item.string.flatMap(Word.init(rawValue:)).map { located($0, item) } }
    }

    func int(_ key: String) -> Located<Int>? {
        guard let child = child(key), let value = child.int else { return nil }
        return located(value, child)
    }

    func bool(_ key: String) -> Bool? {
        child(key)?.bool
    }

    func fen(_ key: String) -> Located<Int64>? {
        guard let child = child(key), let fen = ScalarReading.fen(child) else { return nil }
        return located(fen, child)
    }

    func list(_ key: String) -> [YAMLNode] {
        child(key)?.sequence ?? []
    }

    func identifiers(_ key: String) -> [Located<String>] {
        list(key).compactMap { item in item.string.map { located($0, item) } }
    }

    /// Pairs of a mapping-valued key, in source order.
    func pairs(_ key: String) -> [YAMLPair] {
        child(key)?.mapping ?? []
    }

    func scalarValue(_ key: String) -> Located<ScalarValue>? {
        guard let child = child(key) else { return nil }
        return NodeReader.scalarValue(child)
    }

    static func scalarValue(_ node: YAMLNode) -> Located<ScalarValue>? {
        guard let scalar = node.scalar else { return nil }
        let value: ScalarValue
        switch scalar.value {
        case let .bool(flag): value = .bool(flag)
        case let .int(number): value = .int(number)
        case .float, .bigInt: value = .decimal(scalar.text)
        case let .string(text): value = .string(text)
        case .null: return nil
        }
        return Located(value, path: node.path, range: node.range)
    }

    /// A located key of a mapping pair.
    static func key(_ pair: YAMLPair) -> Located<String>? {
        pair.key.string.map { Located($0, path: pair.key.path, range: pair.key.range) }
    }

    /// A placeholder for a required value the file lacks; the schema check has reported it.
    func missing<Value>(_ value: Value) -> Located<Value> {
        Located(value, path: node.path, range: SourceRange(at: node.start))
    }
}
