public import FlowDiagnostics
import FlowExpressions

/// Messages for a word that is not one of the allowed ones: sorted alternatives and a did-you-mean.
public enum Alternatives {
    /// `unknown key in step "tilte"; expected one of "id", "title"; did you mean "title"?`
    public static func message(
        found: String, expected: [String], what: LocalizedMessage,
        unknownWord: LocalizedMessage = LocalizedMessage(en: "invalid", zh: "无效")
    ) -> LocalizedMessage {
        let head = LocalizedMessage(
            en: "\(unknownWord.en) \(what.en) \"\(found)\"",
            zh: "\(what.zh) \"\(found)\" \(unknownWord.zh)"
        )
        return withAlternatives(head, found: found, expected: expected)
    }

    /// `head`, then `; expected one of …` and a did-you-mean when one is close.
    public static func withAlternatives(_ head: LocalizedMessage, found: String, expected: [String]) -> LocalizedMessage {
        let sorted = expected.sorted()
        guard !sorted.isEmpty else { return head }
        let hint = suggestion(for: found, among: sorted)
        return LocalizedMessage(
            en: head.en + "; expected one of \(sorted.map { "\"\($0)\"" }.joined(separator: ", "))"
                + (hint.map { "; did you mean \"\($0)\"?" } ?? ""),
            zh: head.zh + "；应为以下之一：\(sorted.map { "\"\($0)\"" }.joined(separator: "、"))"
                + (hint.map { "；是否想写 \"\($0)\"？" } ?? "")
        )
    }
}
