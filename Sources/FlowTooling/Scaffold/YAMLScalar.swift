import FlowDiagnostics
import FlowModel

/// YAML text for scalars, plain when every YAML reader takes it as the same string, else
/// double-quoted: amounts, codes and words such as `no` stay strings for the 1.1 readers too.
enum YAMLScalar {
    static func string(_ text: String) -> String {
        plainIsSafe(text) ? text : quoted(text)
    }

    static func value(_ value: ScalarValue) -> String {
        switch value {
        case let .string(text): string(text)
        case let .int(number): String(number)
        case let .decimal(text): text
        case let .bool(flag): flag ? "true" : "false"
        }
    }

    /// `{zh: …, en: …}`.
    static func localized(_ text: LocalizedText) -> String {
        "{zh: \(string(text.zh)), en: \(string(text.en))}"
    }

    /// Words YAML 1.1 or 1.2 reads as null or a boolean.
    private static let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    /// A letter first (no indicator, digit, sign or dot), no character that means something inside a
    /// flow collection or a comment, not a reserved word.
    private static func plainIsSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
              !reserved.contains(text.lowercased()), text.last != " " else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && !":#,[]{}&*!|>'\"%@`\\".unicodeScalars.contains(scalar)
        }
    }

    /// A JSON string literal is a YAML double-quoted scalar with the same meaning.
    private static func quoted(_ text: String) -> String {
        var result = ""
        JSONWriter.appendQuoted(text, to: &result)
        return result
    }
}
