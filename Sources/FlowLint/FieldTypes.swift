import FlowExpressions
import FlowModel

/// The expression type of a field's answer or a setting's value.
enum FieldTypes {
    /// The type of a field's answer.
    static func type(of field: Field) -> ExpressionType {
        switch field.type.value {
        case .bool: return .bool
        case .int: return .int
        case .money: return .money
        case .date: return .date
        case .enum:
            if field.options.isEmpty { return .string }
            // Option values written as numbers (`{value: 1}`) make an enum of integers: it holds an int.
            if field.options.allSatisfy({ Int($0.value.value) != nil }) { return .int }
            return .enumeration(Set(field.options.map(\.value.value)))
        case .text, .phone, .email, .uscc, .residentID, .bankCard, .address, .file, .smsCode, .captcha, .password:
            return .string
        }
    }

    static func type(of setting: Setting) -> ExpressionType {
        switch setting.type.value {
        case .bool: .bool
        case .int: .int
        case .money: .money
        case .enum: .enumeration(Set(setting.values.map(\.value)))
        }
    }
}
