/// The white space rules answers are read with: Foundation's `.whitespaces` and
/// `.whitespacesAndNewlines`, checked on Unicode scalars so that reading an answer does not
/// bridge it to an `NSString` (that bridging was a visible share of a step's time).
enum AnswerText {
    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpaceOrNewline($0) }),
              let last = scalars.lastIndex(where: { !isSpaceOrNewline($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// Whether `text` holds nothing but spaces and tabs (a line break counts as an answer).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isSpace)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.value == 0x85
        }
    }
}
