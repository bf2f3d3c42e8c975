/// The events that notify the applicant, each with the placeholders its templates may use. A
/// producer supplies every placeholder of its event; a template that uses another one is a lint
/// error, so a message never goes out with a hole in it.
public enum NotificationEvent: String, Sendable, Hashable, CaseIterable, Codable {
    case submitted
    case approved
    case rejected
    case paymentReceived = "payment_received"
    case invoiceIssued = "invoice_issued"
    /// A new invoice for the same order and amount, replacing the current one (order management).
    case invoiceReissued = "invoice_reissued"
    case shipped
    case certificateIssued = "certificate_issued"
    /// Says that the key's password went to the legal representative by SMS, never the password.
    case certificatePasswordSent = "certificate_password_sent"
    case unlockDone = "unlock_done"
    case certificateChanged = "certificate_changed"
    case certificateRenewed = "certificate_renewed"
    case certificateRevoked = "certificate_revoked"
    case revocationRejected = "revocation_rejected"
    case sealAddDone = "seal_add_done"
    case sealChangeDone = "seal_change_done"

    /// What every event provides: the order number, the company, the flow's title, and the
    /// recipient's mobile masked (`139****5678`).
    public static let commonPlaceholders: Set<String> = ["company", "flow", "mobile", "order"]

    /// The placeholders this event's templates may use.
    public var placeholders: Set<String> {
        Self.commonPlaceholders.union(specific)
    }

    /// The placeholders only this event provides.
    public var specific: Set<String> {
        switch self {
        case .submitted: ["deadline"]
        case .rejected, .revocationRejected: ["reason"]
        case .paymentReceived: ["amount"]
        case .invoiceIssued: ["amount", "invoice_number"]
        case .invoiceReissued: ["amount", "invoice_number", "replaced_invoice_number"]
        case .shipped: ["carrier", "tracking_number"]
        case .certificateIssued, .certificateRenewed, .certificateChanged: ["not_after", "serial"]
        case .certificatePasswordSent, .unlockDone, .certificateRevoked: ["serial"]
        case .approved, .sealAddDone, .sealChangeDone: []
        }
    }
}

/// How a message reaches the applicant.
public enum NotificationChannelKind: String, Sendable, Hashable, CaseIterable, Codable {
    case sms
    case email
}
