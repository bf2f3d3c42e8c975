import FlowDiagnostics
import FlowDomain

/// Whether a value written for a setting fits the setting's type.
enum SettingCheck {
    static func fits(_ value: ScalarValue, _ setting: Setting) -> Bool {
        switch (setting.type.value, value) {
        case (.bool, .bool), (.int, .int): return true
        case let (.enum, .string(text)): return setting.values.contains { $0.value == text }
        case let (.money, .string(text)), let (.money, .decimal(text)): return (try? Money(yuan: text)) != nil
        case (.money, .int): return true
        default: return false
        }
    }

    static func mismatch(_ value: ScalarValue, _ setting: Setting) -> LocalizedMessage {
        let expected: LocalizedMessage = switch setting.type.value {
        case .bool: LocalizedMessage(en: "true or false", zh: "true 或 false")
        case .int: LocalizedMessage(en: "an integer", zh: "整数")
        case .money: LocalizedMessage(en: "an amount in yuan", zh: "金额（元）")
        case .enum:
            LocalizedMessage(
                en: "one of " + setting.values.map(\.value).sorted().map { "\"\($0)\"" }.joined(separator: ", "),
                zh: "以下之一：" + setting.values.map(\.value).sorted().map { "\"\($0)\"" }.joined(separator: "、")
            )
        }
        return LocalizedMessage(
            en: "setting \"\(setting.id.value)\" expects \(expected.en), got \(value.shown)",
            zh: "参数 \"\(setting.id.value)\" 应为\(expected.zh)，实际为 \(value.shown)"
        )
    }
}

extension ScalarValue {
    /// The value as written, quoted when it is a string.
    public var shown: String {
        switch self {
        case let .string(text): "\"\(text)\""
        case let .int(number): String(number)
        case let .decimal(text): text
        case let .bool(flag): flag ? "true" : "false"
        }
    }

    /// The value as an applicant types it (a default answer, a form's preset value).
    public var text: String {
        if case let .string(text) = self { text } else { shown }
    }
}
