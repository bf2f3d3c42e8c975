public import FlowExpressions

extension Field {
    /// The expression type of the field's answer: what the linter checks and the engine stores.
    public var expressionType: ExpressionType {
        switch type.value {
        case .bool: return .bool
        case .int: return .int
        case .money: return .money
        case .date: return .date
        case .enum:
            if options.isEmpty { return .string }
            // Option values written as numbers (`{value: 1}`) make an enum of integers: it holds an int.
            if options.allSatisfy({ Int($0.value.value) != nil }) { return .int }
            return .enumeration(Set(options.map(\.value.value)))
        case .text, .phone, .email, .uscc, .residentID, .bankCard, .address, .file, .smsCode, .captcha, .password:
            return .string
        }
    }
}

extension Setting {
    /// The expression type of the setting's value.
    public var expressionType: ExpressionType {
        switch type.value {
        case .bool: .bool
        case .int: .int
        case .money: .money
        case .enum: .enumeration(Set(values.map(\.value)))
        }
    }
}
