import FlowYAML

/// Writes parse events in the YAML test suite's `test.event` notation, one event per line.
///
/// Escapes follow the suite's files (and libyaml's own `run-parser-test-suite`): backslash,
/// NUL, backspace, line feed, carriage return and tab are escaped; every other character is raw.
enum EventNotation {
    static func line(_ event: YAMLEvent) -> String {
        switch event.kind {
        case .streamStart: "+STR"
        case .streamEnd: "-STR"
        case let .documentStart(explicit): explicit ? "+DOC ---" : "+DOC"
        case let .documentEnd(explicit): explicit ? "-DOC ..." : "-DOC"
        case let .alias(anchor): "=ALI *\(anchor)"
        case let .scalar(scalar):
            (["=VAL"] + properties(anchor: scalar.anchor, tag: scalar.tag)
                + [indicator(scalar.style) + escaped(scalar.value)]).joined(separator: " ")
        case let .sequenceStart(collection): start("+SEQ", flow: "[]", collection)
        case .sequenceEnd: "-SEQ"
        case let .mappingStart(collection): start("+MAP", flow: "{}", collection)
        case .mappingEnd: "-MAP"
        }
    }

    /// The whole stream, newline-terminated like the suite's files.
    static func text(_ events: [YAMLEvent]) -> String {
        events.map { line($0) + "\n" }.joined()
    }

    private static func start(_ name: String, flow: String, _ collection: YAMLEvent.CollectionEvent) -> String {
        ([name] + (collection.style == .flow ? [flow] : [])
            + properties(anchor: collection.anchor, tag: collection.tag)).joined(separator: " ")
    }

    private static func properties(anchor: String?, tag: String?) -> [String] {
        (anchor.map { ["&\($0)"] } ?? []) + (tag.map { ["<\($0)>"] } ?? [])
    }

    private static func indicator(_ style: YAMLScalarStyle) -> String {
        switch style {
        case .plain: ":"
        case .singleQuoted: "'"
        case .doubleQuoted: "\""
        case .literal: "|"
        case .folded: ">"
        }
    }

    static func escaped(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\0": result += "\\0"
            case "\u{08}": result += "\\b"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
