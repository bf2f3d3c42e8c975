import ArgumentParser
import FlowDiagnostics
import FlowLint

/// `channelflow explain RULE`: a rule's summary, severity and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a lint rule checks, with examples. 说明一条检查规则并给出示例。"
    )

    @Argument(help: ArgumentHelp("The rule id, e.g. unknown-key. 规则标识。", valueName: "rule-id"))
    var rule: String?

    @Flag(help: "List every rule with its severity and summary. 列出全部规则。")
    var list = false

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if rule == nil && !list { throw ValidationError("give a rule id, or --list. 请指定规则标识或使用 --list。") }
        if let rule, LintRules.rule(rule) == nil {
            let hint = RuleList.suggestion(for: rule).map { " Did you mean \"\($0)\"?" } ?? ""
            throw ValidationError("unknown rule \"\(rule)\".\(hint) 未知规则。")
        }
    }

    func run() throws {
        let language = languageOption.language
        if list {
            for rule in LintRules.all {
                Terminal.printOut("\(rule.id)  [\(rule.severity.label(language))]  \(rule.summary.text(language))")
            }
            return
        }
        guard let id = rule, let rule = LintRules.rule(id) else { return }
        var lines = [
            "\(rule.id) — \(rule.summary.text(language))",
            "\(language == .zh ? "严重程度" : "severity"): \(rule.severity.label(language))",
            language == .zh ? "抑制：在该行或上一行添加 # channelflow: ignore[\(rule.id)]" : "suppress: # channelflow: ignore[\(rule.id)] on the line or the line above",
        ]
        for (index, example) in rule.examples.enumerated() {
            let verdict = switch (example.expectation, language) {
            case (.passes, .en): "passes"
            case (.fails, .en): "fails (↓ marks each finding)"
            case (.passes, .zh): "通过"
            case (.fails, .zh): "不通过（↓ 标出每处问题）"
            }
            lines.append("")
            let day = example.today.map { language == .zh ? "（今天为 \($0)）" : " (linted on \($0))" } ?? ""
            lines.append("\(language == .zh ? "示例" : "example") \(index + 1): \(verdict)\(day)")
            // A channel example runs against the base flow; showing it every time would bury the point.
            for file in example.files where example.files.count == 1 || file.text != RuleExample.baseFlow {
                lines.append("# \(file.path)")
                lines.append(file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text)
            }
        }
        Terminal.printOut(lines.joined(separator: "\n"))
    }
}
