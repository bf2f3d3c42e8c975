import FlowDiagnostics
public import FlowYAML

/// The checks of template files beyond their schema: every placeholder is one the event provides
/// and every `{` is closed, in both languages; no event has two files.
public enum TemplateChecks {
    /// Where each text of a template file is, as keys from the root.
    static let textPaths: [[String]] = [["sms"], ["email", "subject"], ["email", "body"]]

    /// Every issue of the files, in file order.
    public static func issues(_ files: [ProjectFile<NotificationTemplate>]) -> [TemplateIssue] {
        var issues: [TemplateIssue] = []
        var seen: [String: Located<String>] = [:]
        for file in files {
            guard let template = file.model, let root = file.root else { continue }
            if let first = seen[template.event.value] {
                issues.append(issue(at: template.event.path, template.event.range, LocalizedMessage(
                    en: "a second template for event \"\(template.event.value)\" (the first is \(where: first))",
                    zh: "事件 \"\(template.event.value)\" 的模板重复（首个位于 \(where: first)）")))
            } else {
                seen[template.event.value] = template.event
            }
            guard let event = NotificationEvent(rawValue: template.event.value) else { continue }
            for keys in textPaths {
                for language in ["zh", "en"] {
                    guard let node = node(root, keys + [language]) else { continue }
                    issues += check(node, event: event, name: (keys + [language]).joined(separator: "."))
                }
            }
        }
        return issues
    }

    private static func check(_ node: YAMLNode, event: NotificationEvent, name: String) -> [TemplateIssue] {
        guard let text = node.string else { return [] }
        do {
            return try TemplateText.placeholders(in: text).filter { !event.placeholders.contains($0.name) }.map { placeholder in
                let known = event.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                return issue(at: node.path, range(of: node, offset: placeholder.offset), LocalizedMessage(
                    en: "unknown placeholder {\(placeholder.name)} in \(name) for event \"\(event.rawValue)\"; expected one of \(known)",
                    zh: "\(name) 中的占位符 {\(placeholder.name)} 不适用于事件 \"\(event.rawValue)\"；可用：\(known)"))
            }
        } catch {
            guard case let .unclosed(offset) = error else { return [] }
            return [issue(at: node.path, range(of: node, offset: offset), LocalizedMessage(
                en: "\"{\" in \(name) does not open a placeholder: write {name} with lower-case letters, digits or \"_\"",
                zh: "\(name) 中的 \"{\" 未构成占位符：应写作 {名称}，名称由小写字母、数字或 \"_\" 组成"))]
        }
    }

    /// The place of the character at `offset` of a one-line scalar; the scalar's start otherwise.
    private static func range(of node: YAMLNode, offset: Int) -> SourceRange {
        guard let scalar = node.scalar, !scalar.text.contains("\n"), node.start.line == node.end.line else { return node.range }
        let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
        return SourceRange(at: SourceLocation(line: node.start.line, column: node.start.column + quote + offset))
    }

    private static func node(_ root: YAMLNode, _ keys: [String]) -> YAMLNode? {
        var current: YAMLNode? = root
        for key in keys { current = current?[key] }
        return current
    }

    private static func issue(at path: String, _ range: SourceRange, _ message: LocalizedMessage) -> TemplateIssue {
        TemplateIssue(kind: .templatePlaceholder, path: path, range: range, message: message)
    }
}
