/// Small text helpers shared by every message, so quoting and lists look the same everywhere.
enum Wording {
    /// Longest quoted excerpt; a whole expression pasted into a message would bury the point.
    static let maxQuotedScalars = 40

    /// `value` in double quotes, cut to ``maxQuotedScalars`` with an ellipsis.
    static func quoted(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard scalars.count > maxQuotedScalars else { return "\"\(value)\"" }
        var shortened = String.UnicodeScalarView()
        shortened.append(contentsOf: scalars.prefix(maxQuotedScalars))
        return "\"\(String(shortened))…\""
    }

    /// `"a", "b"`: sorted, quoted, comma-separated (English).
    static func listEN(_ values: some Sequence<String>) -> String {
        values.sorted().map(quoted).joined(separator: ", ")
    }

    /// `"a"、"b"`: sorted, quoted, separated by the Chinese enumeration comma.
    static func listZH(_ values: some Sequence<String>) -> String {
        values.sorted().map(quoted).joined(separator: "、")
    }

    /// `; did you mean "x"?` or nothing.
    static func didYouMeanEN(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean \(quoted($0))?" } ?? ""
    }

    /// `；是否应为 "x"？` or nothing.
    static func didYouMeanZH(_ suggestion: String?) -> String {
        suggestion.map { "；是否应为 \(quoted($0))？" } ?? ""
    }

    /// A path as written: `channel.invoice_email`.
    static func path(_ components: [String]) -> String {
        components.joined(separator: ".")
    }
}
