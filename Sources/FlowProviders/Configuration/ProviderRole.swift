import FlowEngine

/// A job a provider does for the engine; the keys under `providers.default` and
/// `providers.channels.<id>`.
enum ProviderRole: String, CaseIterable, Sendable {
    case enterprise
    case person
    case sms
    case payment
    case transfer
    case ukey
    case issuer
    /// The notifications' e-mail, sent by the delivery worker only.
    case email

    /// The roles the engine's steps use (`Providers`); e-mail is the delivery worker's.
    static let engineRoles = allCases.filter { $0 != .email }

    /// The providers that can play the role: the sandbox everywhere, HTTP where an adapter exists,
    /// a real card reader (PC/SC) for the UKEY, an SMTP relay for e-mail.
    var allowedKinds: [ProviderKind] {
        switch self {
        case .enterprise, .person, .payment, .sms: [.http, .sandbox]
        case .ukey: [.pcsc, .sandbox]
        case .email: [.smtp, .sandbox]
        case .transfer, .issuer: [.sandbox]
        }
    }
}
