import FlowDiagnostics
import FlowDomain
import FlowModel

/// A field's `default` or `example` (or a channel's default for it) that passes FlowDomain's check
/// for a resident ID number, mobile number or bank card: configuration must not hold real
/// personal data. The message names the kind and never the value.
struct PersonalDataRule: LintRule {
    let id = "personal-data"
    let summary = LocalizedMessage(en: "defaults and examples must not hold real personal data", zh: "默认值和示例值不得包含真实个人信息")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .steps(.passes, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: form
            fields:
              - {id: agent_mobile, label: {zh: 手机号, en: Mobile}, type: phone, example: "138****5678"}
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .steps(.fails, """
          - id: agent
            title: {zh: 经办人, en: Agent}
            kind: form
            fields:
                                                                                       ↓
              - {id: agent_mobile, label: {zh: 手机号, en: Mobile}, type: phone, example: 13812345678}
              - id: agent_id
                label: {zh: 身份证号, en: ID number}
                type: resident-id
                         ↓
                default: "110101199003070011"
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in context.flows {
            for field in flow.allFields {
                if let value = field.defaultValue { found += report(value, what: ("default", "默认值"), field: field.id.value, channel: nil) }
                if let value = field.example { found += report(value, what: ("example", "示例值"), field: field.id.value, channel: nil) }
            }
        }
        for channel in context.channels {
            for overlay in channel.flows {
                for change in overlay.fields {
                    guard let value = change.defaultValue else { continue }
                    found += report(value, what: ("default", "默认值"), field: change.id.value, channel: channel.id.value)
                }
            }
        }
        return found
    }

    private func report(_ value: Located<ScalarValue>, what: (en: String, zh: String), field: String, channel: String?) -> [Diagnostic] {
        let text: String
        switch value.value {
        case let .string(written), let .decimal(written): text = written
        case let .int(number): text = String(number)
        case .bool: return []
        }
        guard let check = IdentifierKind.plausiblePersonalIdentifier(in: text) else { return [] }
        let kind = check.kind.fieldName
        let whose = channel.map { (en: " in channel \"\($0)\"", zh: "渠道 \"\($0)\" 中") } ?? (en: "", zh: "")
        return [diagnostic(at: value.path, value.range, LocalizedMessage(
            en: "\(what.en) of field \"\(field)\"\(whose.en) looks like a real \(kind.en); "
                + "never put personal data in configuration: leave it out or use a value that fails the check",
            zh: "\(whose.zh)字段 \"\(field)\" 的\(what.zh)疑似真实的\(kind.zh)；配置中不得包含个人信息，请删除或改用无法通过校验的值"
        ))]
    }
}
