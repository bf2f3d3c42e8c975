import FlowDomain
import FlowModel

/// How an answer is shown outside the answers table: personal data masked by its type,
/// secrets (codes, passwords) never shown.
enum AnswerMasking {
    static func display(_ value: OrderValue, field: Field) -> String {
        if field.type.value == .enum, let option = field.options.first(where: { $0.value.value == Self.text(value) }) {
            return "\(option.label.value.zh) \(option.label.value.en)"
        }
        guard case let .string(text) = value else { return value.display }
        if field.type.value.isSecret { return "******" }
        switch field.type.value {
        case .residentID: return Masking.residentID(text)
        case .phone: return Masking.mobile(text)
        case .bankCard: return Masking.bankCardLastFour(text)
        case .email: return Masking.email(text)
        default: return text
        }
    }

    private static func text(_ value: OrderValue) -> String {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        default: value.display
        }
    }
}
