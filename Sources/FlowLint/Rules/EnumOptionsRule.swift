import FlowDiagnostics
import FlowModel

/// An enum field needs `options` or `options-from`; `options` belong to enum and int fields only;
/// a default (the flow's, or a channel's) must be one of the options, compared as text or, for
/// whole numbers, numerically. Duplicate option values are `duplicate-id`'s.
struct EnumOptionsRule: LintRule {
    let id = "enum-options"
    let summary = LocalizedMessage(en: "enum fields need options, and defaults must be among them", zh: "枚举字段必须有选项，默认值必须是其中之一")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: purchase
            title: {zh: 购买, en: Purchase}
            kind: form
            fields:
                                                                ↓
              - {id: medium, label: {zh: 介质, en: Medium}, type: enum}
                                                            ↓
              - {id: note, label: {zh: 备注, en: Note}, type: text, options: [{value: a, label: {zh: 甲, en: A}}]}
              - id: years
                label: {zh: 年限, en: Years}
                type: int
                options: [{value: 1, label: {zh: 1 年, en: 1 year}}, {value: 2, label: {zh: 2 年, en: 2 years}}]
                         ↓
                default: 3
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        RuleExample(.fails, files: [
            ("Flows/demo.yaml", """
            flow: demo
            title: {zh: 示例, en: Demo}
            category: application
            media: [ukey]
            guard: {open-order: none}
            steps:
              - id: purchase
                title: {zh: 购买, en: Purchase}
                kind: form
                fields:
                  - id: seal
                    label: {zh: 签章, en: Seal}
                    type: enum
                    options: [{value: none, label: {zh: 无, en: None}}, {value: company, label: {zh: 公章, en: Company}}]
                next: done
              - id: done
                title: {zh: 完成, en: Done}
                kind: terminal
            """),
            ("Channels/demo_channel.yaml", """
            channel: demo_channel
            name: {zh: 示例渠道, en: Demo channel}
            kind: bank
            flows:
              demo:
                                         ↓
                fields: {seal: {default: compnay}}
            """),
        ]),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in context.flows {
            for field in flow.allFields {
                found += problems(of: field)
                if let value = field.defaultValue { found += misfit(value, field.options.map(\.value.value), field: field.id.value, channel: nil) }
            }
        }
        for channel in context.channels {
            for overlay in channel.flows {
                guard let flow = context.flow(overlay.flow.value) else { continue }
                for change in overlay.fields {
                    guard let value = change.defaultValue else { continue }
                    found += misfit(value, options(of: change.id.value, in: flow.steps), field: change.id.value, channel: channel.id.value)
                }
            }
        }
        return found
    }

    /// The option values of the field `id`.
    private func options(of id: String, in steps: [Step]) -> [String] {
        steps.lazy.flatMap(\.allFields).first { $0.id.value == id }?.options.map(\.value.value) ?? []
    }

    private func problems(of field: Field) -> [Diagnostic] {
        let (name, type) = (field.id.value, field.type.value)
        if type == .enum, field.options.isEmpty, field.optionsFrom == nil {
            return [diagnostic(at: field.type.path, field.type.range, LocalizedMessage(
                en: "enum field \"\(name)\" has neither \"options\" nor \"options-from\"; the applicant would have nothing to choose",
                zh: "枚举字段 \"\(name)\" 既没有 \"options\" 也没有 \"options-from\"；申请人无从选择"
            ))]
        }
        guard type != .enum, type != .int, !field.options.isEmpty || field.optionsFrom != nil else { return [] }
        return [diagnostic(at: field.type.path, field.type.range, LocalizedMessage(
            en: "field \"\(name)\" of type \"\(type.rawValue)\" has options; options belong to enum and int fields",
            zh: "类型为 \"\(type.rawValue)\" 的字段 \"\(name)\" 不应有选项；选项只用于 enum 和 int 字段"
        ))]
    }

    private func misfit(_ value: Located<ScalarValue>, _ options: [String], field: String, channel: String?) -> [Diagnostic] {
        let text: String = switch value.value {
        case let .string(word): word
        case let .int(number): String(number)
        case let .decimal(number): number
        case let .bool(flag): String(flag)
        }
        guard !options.isEmpty, !options.contains(where: { $0 == text || (Int($0) != nil && Int($0) == Int(text)) }) else { return [] }
        let whose = channel.map { (en: " in channel \"\($0)\"", zh: "渠道 \"\($0)\" 中") } ?? (en: "", zh: "")
        return [diagnostic(at: value.path, value.range, Alternatives.withAlternatives(
            LocalizedMessage(
                en: "default \"\(text)\" of field \"\(field)\"\(whose.en) is not one of its options",
                zh: "\(whose.zh)字段 \"\(field)\" 的默认值 \"\(text)\" 不在选项中"
            ),
            found: text, expected: options
        ))]
    }
}
