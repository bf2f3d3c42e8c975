import FlowDiagnostics
import FlowModel
import FlowYAML

/// An unquoted `yes`, `no`, `on`, `off`, `y` or `n` (any case), as a value or a key: YAML 1.1 tools
/// read it as a boolean, but this project reads YAML 1.2, where it is the string. The key `on` of
/// actions is part of the language and not reported. The tree is walked iteratively; aliases are
/// not followed.
struct YesNoStringRule: LintRule {
    let id = "yes-no-string"
    let summary = LocalizedMessage(en: "unquoted yes/no/on/off are strings in YAML 1.2, not booleans", zh: "YAML 1.2 中未加引号的 yes/no/on/off 是字符串而非布尔值")
    let severity = Severity.warning
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: "Yes"}
        kind: bank
        flows:
          demo:
            settings: {invoice_optional: false}
        """),
        .steps(.passes, """
          - id: ask
            title: {zh: 询问, en: Ask}
            kind: form
            actions: [{run: notify, on: enter, with: {event: "'started'"}}]
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .channel(.fails, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
                                         ↓
            settings: {invoice_optional: No}
                                            ↓
            materials: {licence: {required: off}}
        """),
    ]

    private static let truthy: Set<String> = ["yes", "y", "on"]
    private static let falsy: Set<String> = ["no", "n", "off"]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for root in context.project.flows.compactMap(\.root) + context.project.channels.compactMap(\.root) {
            // Only short plain scalars starting with these letters can be these words; the walk
            // skips everything else unbuilt (keys such as `zh` and `id` are most short scalars).
            root.scalars(style: .plain, maxBytes: 3, startingWithOneOf: "yYnNoO".utf8) { node, isKey in
                guard let text = node.string, !(isKey && text == "on") else { return }
                let word = text.lowercased()
                guard Self.truthy.contains(word) || Self.falsy.contains(word) else { return }
                let flag = Self.truthy.contains(word) ? "true" : "false"
                found.append(diagnostic(at: node.path, node.range, LocalizedMessage(
                    en: "unquoted \"\(text)\" is the string \"\(text)\" in YAML 1.2, not a boolean; "
                        + "write \(flag) for the boolean, or quote it if you mean the text",
                    zh: "未加引号的 \"\(text)\" 在 YAML 1.2 中是字符串而非布尔值；布尔值请写 \(flag)，若确指文本请加引号"
                )))
            }
        }
        return found
    }
}
