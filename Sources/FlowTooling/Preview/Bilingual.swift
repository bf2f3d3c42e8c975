public import FlowDiagnostics
import FlowModel

/// Texts in a primary language with the other one beside them, and words in the primary one only:
/// operators read both, the structure of a page in one.
struct Bilingual {
    let language: Language

    /// `primary · secondary`, or one text when both are the same.
    func text(_ text: LocalizedText) -> String {
        let (first, second) = language == .zh ? (text.zh, text.en) : (text.en, text.zh)
        return first == second || second.isEmpty ? first : "\(first) · \(second)"
    }

    func text(_ message: LocalizedMessage) -> String {
        text(LocalizedText(zh: message.zh, en: message.en))
    }

    /// A word of the page's structure, in the primary language.
    func word(_ en: String, _ zh: String) -> String {
        language == .zh ? zh : en
    }

    /// A list joined the primary language's way.
    func list(_ items: [String]) -> String {
        items.joined(separator: language == .zh ? "、" : ", ")
    }
}
