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

    /// The providers that can play the role: the sandbox everywhere, HTTP where an adapter exists,
    /// a real card reader (PC/SC) for the UKEY.
    var allowedKinds: [ProviderKind] {
        switch self {
        case .enterprise, .person, .payment: [.http, .sandbox]
        case .ukey: [.pcsc, .sandbox]
        case .sms, .transfer, .issuer: [.sandbox]
        }
    }
}
