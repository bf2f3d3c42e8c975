import FlowDiagnostics
import FlowDomain
import FlowExpressions
import FlowModel

/// A choice a channel leaves without options (error), or an option whose `when` is false with the
/// channel's settings alone (warning): the applicant can never pick it there. Only conditions that
/// read nothing but `channel.<setting>` (and not `today()`) are evaluated; others are skipped.
struct UnchoosableOptionRule: LintRule {
    let id = "unchoosable-option"
    let summary = LocalizedMessage(en: "every channel must leave each choice something to choose", zh: "每个渠道都必须为每个选择保留可选的方式")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
            choices: {agent_method: [agent_phone]}
        """),
        .channel(.fails, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
                      ↓
            choices: {agent_method: []}
        """),
        RuleExample(.fails, files: [
            ("Flows/demo.yaml", """
            flow: demo
            title: {zh: 示例, en: Demo}
            category: application
            media: [ukey]
            guard: {open-order: none}
            settings:
              face_check: {type: bool, default: true, label: {zh: 支持刷脸, en: Face check offered}}
            steps:
              - id: agent
                title: {zh: 经办人, en: Agent}
                kind: verification
                choice:
                  field: agent_method
                  label: {zh: 认证方式, en: Method}
                  options:
                    - {id: agent_phone, label: {zh: 手机号认证, en: Phone}}
                           ↓
                    - {id: agent_face, label: {zh: 刷脸认证, en: Face}, when: "channel.face_check"}
                next: done
              - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
            """),
            ("Channels/demo_channel.yaml", """
            channel: demo_channel
            name: {zh: 示例渠道, en: Demo channel}
            kind: bank
            flows:
              demo:
                settings: {face_check: false}
            """),
        ]),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.compiledAnalyses.flatMap { analysis -> [Diagnostic] in
            guard let compiled = analysis.compiled else { return [] }
            let channel = compiled.channel.id
            let settings = Dictionary(compiled.settings.map { ("channel." + $0.id, Self.value(of: $0)) }) { first, _ in first }
            return compiled.flow.steps.flatMap { step -> [Diagnostic] in
                guard let choice = step.choice else { return [] }
                if choice.options.isEmpty {
                    guard let entry = context.overlay(of: compiled)?.choices.first(where: { $0.field.value == choice.field.value }) else { return [] }
                    let offered = context.flow(compiled.flow.id.value)?.step(step.id.value)?.choice?.options.map { "\"\($0.id.value)\"" } ?? []
                    return [diagnostic(at: entry.field.path, entry.field.range, LocalizedMessage(
                        en: "channel \"\(channel)\" leaves choice \"\(choice.field.value)\" with no options; offer at least one of \(offered.sorted().joined(separator: ", "))",
                        zh: "渠道 \"\(channel)\" 使选择 \"\(choice.field.value)\" 没有任何方式；请至少提供以下之一：\(offered.sorted().joined(separator: "、"))"
                    ))]
                }
                return choice.options.compactMap { option -> Diagnostic? in
                    guard let when = option.when, Self.isFalse(when, settings) else { return nil }
                    return warningDiagnostic(at: option.id.path, option.id.range, LocalizedMessage(
                        en: "option \"\(option.id.value)\" of choice \"\(choice.field.value)\" is never offered in channel \"\(channel)\": "
                            + "its condition \"\(when.value)\" is false with the channel's settings",
                        zh: "选择 \"\(choice.field.value)\" 的方式 \"\(option.id.value)\" 在渠道 \"\(channel)\" 中永远不会提供：按渠道参数其条件 \"\(when.value)\" 不成立"
                    ))
                }
            }
        }
    }

    /// Whether `when` reads only settings and evaluates to false with them.
    private static func isFalse(_ when: Located<String>, _ settings: [String: ExpressionValue?]) -> Bool {
        guard case let .success(expression) = ExpressionParser.parse(when.value, origin: when.location) else { return false }
        let names = expression.references.map { $0.path.joined(separator: ".") }
        guard !names.isEmpty, names.allSatisfy({ settings[$0] != nil }), !readsToday(expression.root) else { return false }
        let result = try? ExpressionEvaluator.evaluate(expression, environment: { settings[$0.joined(separator: ".")] ?? nil }, today: .todayInShanghai())
        return result == .bool(false)
    }

    private static func readsToday(_ root: ExpressionNode) -> Bool {
        var pending = [root]
        while let node = pending.popLast() {
            if case let .call(name, _, _) = node, name == "today" || name == "days_until" { return true }
            pending += node.children
        }
        return false
    }

    /// A resolved setting as the evaluator sees it; nil when it cannot be represented.
    private static func value(of setting: CompiledFlow.ResolvedSetting) -> ExpressionValue? {
        switch (setting.type, setting.value) {
        case let (_, .bool(flag)): .bool(flag)
        case let (.money, .int(number)): (try? Money(yuan: String(number))).map(ExpressionValue.money)
        case let (.money, .string(text)), let (.money, .decimal(text)): (try? Money(yuan: text)).map(ExpressionValue.money)
        case let (_, .int(number)): .int(Int64(number))
        case let (_, .decimal(text)): DecimalValue(text).map(ExpressionValue.decimal)
        case let (_, .string(text)): .string(text)
        }
    }
}
