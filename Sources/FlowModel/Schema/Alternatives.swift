public import FlowDiagnostics
import FlowExpressions

/// Messages for a word that is not one of the allowed ones: sorted alternatives and a did-you-mean.
public enum Alternatives {
    /// `unknown key in step "tilte"; expected one of "id", "title"; did you mean "title"?`
    public static func message(
        found: String, expected: [String], what: LocalizedMessage,
        unknownWord: LocalizedMessage = LocalizedMessage(en: "invalid", zh: "无效")
    ) -> LocalizedMessage {
        let sorted = expected.sorted()
        let hint = suggestion(for: found, among: sorted)
        return LocalizedMessage(
            en: "\(unknownWord.en) \(what.en) \"\(found)\"; expected one of \(sorted.map { "\"\($0)\"" }.joined(separator: ", "))"
                + (hint.map { "; did you mean \"\($0)\"?" } ?? ""),
            zh: "\(what.zh) \"\(found)\" \(unknownWord.zh)；应为以下之一：\(sorted.map { "\"\($0)\"" }.joined(separator: "、"))"
                + (hint.map { "；是否想写 \"\($0)\"？" } ?? "")
        )
    }
}
