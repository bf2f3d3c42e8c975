public import FlowDiagnostics
import FlowModel

/// Writes a definition diff for operators: one block per section, `+` added, `-` removed,
/// `~` changed with each attribute's old and new value.
public struct DiffRenderer: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The diff, headed by the pair and the two definitions (`label`: where each came from).
    public func render(_ diff: DefinitionDiff, oldLabel: String, newLabel: String) -> String {
        let words = Bilingual(language: language)
        var lines = [
            "\(diff.new.channel.id)/\(diff.new.flow.id.value)",
            "  old  \(diff.oldHash.prefix(16))  \(oldLabel)",
            "  new  \(diff.newHash.prefix(16))  \(newLabel)",
        ]
        guard !diff.changes.isEmpty else {
            lines.append(diff.oldHash == diff.newHash
                ? words.word("no changes: the definitions are the same", "无变化：两个定义相同")
                : words.word("no changes an applicant would see; the definitions differ only in form", "无申请人可见的变化；两个定义仅形式不同"))
            return lines.joined(separator: "\n") + "\n"
        }
        for section in DefinitionChange.Section.allCases {
            let changes = diff.changes.filter { $0.section == section }
            guard !changes.isEmpty else { continue }
            lines.append(heading(section, words))
            for change in changes {
                switch change.kind {
                case let .added(summary): lines.append("  + \(change.subject) — \(summary)")
                case let .removed(summary): lines.append("  - \(change.subject) — \(summary)")
                case let .changed(differences):
                    lines.append("  ~ \(change.subject)")
                    let none = words.word("(none)", "（无）")
                    lines += differences.map { "      \($0.attribute): \($0.old ?? none) → \($0.new ?? none)" }
                }
            }
        }
        lines.append(words.word("\(diff.changes.count) change\(diff.changes.count == 1 ? "" : "s")", "共 \(diff.changes.count) 处变化"))
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ section: DefinitionChange.Section, _ words: Bilingual) -> String {
        switch section {
        case .steps: words.word("steps", "步骤")
        case .fields: words.word("fields", "字段")
        case .rules: words.word("rules", "规则")
        case .prices: words.word("prices", "价格")
        }
    }
}
