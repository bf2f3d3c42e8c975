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

    /// The field types this validator makes sense on.
    public var fieldTypes: Set<FieldType> {
        switch self {
        case .uscc: [.uscc, .text]
        case .residentID: [.residentID, .text]
        case .mobile: [.phone, .text]
        case .bankCard: [.bankCard, .text]
        case .email: [.email, .text]
        }
    }
}

extension Validator {
    /// The field types this validator makes sense on.
    public var fieldTypes: Set<FieldType> {
        switch self {
        case let .domain(kind): kind.fieldTypes
        case .pattern, .length: [.text, .address, .phone, .email, .uscc, .residentID, .bankCard, .smsCode, .captcha, .password]
        case .range: [.int, .money, .date]
        case .accepted: [.bool]
        }
    }
}
