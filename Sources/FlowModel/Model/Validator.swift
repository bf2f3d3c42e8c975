/// A check on a field's answer beyond what its type implies.
public enum Validator: Sendable, Hashable, Codable {
    /// One of the domain validators (`uscc`, `resident-id`, `mobile`, `bank-card`, `email`).
    case domain(DomainValidator)
    /// The whole answer must match a regular expression.
    case pattern(String)
    /// Length in characters.
    case length(min: Int?, max: Int?)
    /// Numeric range (for `int` and `money`, in yuan for money).
    case range(min: String?, max: String?)
    /// A `bool` that must be true: an agreement to accept.
    case accepted

    /// The word that names the validator in files and messages.
    public var name: String {
        switch self {
        case let .domain(kind): kind.rawValue
        case .pattern: "pattern"
        case .length: "length"
        case .range: "range"
        case .accepted: "accepted"
        }
    }
}

/// The domain validators of `FlowDomain`, by the names flows use.
public enum DomainValidator: String, Sendable, Hashable, Codable, CaseIterable {
    case uscc
    case residentID = "resident-id"
    case mobile
    case bankCard = "bank-card"
    case email

    /// The field type this validator belongs to (every domain validator also fits `text`).
    public var fieldType: FieldType {
        switch self {
        case .uscc: .uscc
        case .residentID: .residentID
        case .mobile: .phone
        case .bankCard: .bankCard
        case .email: .email
        }
    }
}

extension Validator {
    /// Whether the validator makes sense on a field of `type`; decided without building a set.
    public func applies(to type: FieldType) -> Bool {
        switch self {
        case let .domain(kind):
            return type == .text || type == kind.fieldType
        case .pattern, .length:
            return [.text, .address, .phone, .email, .uscc, .residentID, .bankCard, .smsCode, .captcha, .password].contains(type)
        case .range: return type == .int || type == .money || type == .date
        case .accepted: return type == .bool
        }
    }

    /// The field types this validator makes sense on.
    public var fieldTypes: Set<FieldType> {
        Set(FieldType.allCases.filter(applies(to:)))
    }
}
