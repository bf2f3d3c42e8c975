/// The `{placeholder}`s of a template text: found for checks, filled in for messages. A `{` that
/// does not open a placeholder name closed by `}` is an error rather than literal text, so a typo
/// never reaches an applicant.
public enum TemplateText {
    /// A placeholder's name and where it starts in the text (in Unicode scalars).
    public struct Placeholder: Sendable, Hashable {
        public var name: String
        public var offset: Int
    }

    /// Why a text cannot be read or filled in.
    public enum Problem: Error, Sendable, Hashable {
        /// A `{` at this offset without a name and `}` after it.
        case unclosed(offset: Int)
        /// A placeholder no value was given for.
        case missingValue(String)
    }

    /// Every placeholder of `text`, in order.
    public static func placeholders(in text: String) throws(Problem) -> [Placeholder] {
        var result: [Placeholder] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "{" else { continue }
            var end = index + 1
            while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end] == "}", end > index + 1 else { throw .unclosed(offset: index) }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[(index + 1)..<end])
            result.append(Placeholder(name: String(name), offset: index))
            index = end
        }
        return result
    }

    /// `text` with every placeholder replaced by its value.
    public static func fill(_ text: String, _ values: [String: String]) throws(Problem) -> String {
        var result = ""
        var rest = text[...]
        for placeholder in try placeholders(in: text) {
            guard let value = values[placeholder.name] else { throw .missingValue(placeholder.name) }
            let start = text.unicodeScalars.index(text.startIndex, offsetBy: placeholder.offset)
            let end = text.unicodeScalars.index(start, offsetBy: placeholder.name.unicodeScalars.count + 2)
            result += text[rest.startIndex..<start] + value
            rest = text[end...]
        }
        return result + rest
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
