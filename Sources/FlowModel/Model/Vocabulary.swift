/// The words of the flow language that name a fixed set of choices, one enum each.

/// What a flow is for; query flows create no guarded order.
public enum FlowCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case application
    case certificateManagement = "certificate-management"
    case seal
    case query
}

/// The carrier of a certificate.
public enum Medium: String, Sendable, Hashable, Codable, CaseIterable {
    case ukey
    case cloud
}

/// How an applicant enters a flow.
public enum FlowEntry: String, Sendable, Hashable, Codable, CaseIterable {
    /// Straight to the first step.
    case none
    /// By verifying the subject's information (reissue: the key is lost).
    case subject
    /// By inserting the UKEY, without its password (unlock: the password is forgotten or blocked).
    case ukey
    /// By inserting the UKEY and entering its password.
    case ukeyPIN = "ukey-pin"
}

/// Which open orders block a new one.
public enum OpenOrderGuard: String, Sendable, Hashable, Codable, CaseIterable {
    /// One open application per subject (its USCC).
    case subject
    /// One open order per certificate (its serial number).
    case certificate
    /// No guard: query flows.
    case none
}

/// What a step is, which decides how it is shown and what it may contain.
public enum StepKind: String, Sendable, Hashable, Codable, CaseIterable {
    case form
    case verification
    /// A read-only summary of earlier steps.
    case confirmation
    /// An SMS code plus agreement that signs the application.
    case signature
    case materials
    case payment
    case reviewWait = "review-wait"
    case ukey
    case terminal
}

/// What a step waits for from the outside world before the order moves on.
public enum WaitState: String, Sendable, Hashable, Codable, CaseIterable {
    case review
    case faceVerification = "face-verification"
    case payment
    case oneCentTransfer = "one-cent-transfer"
}

/// When an action runs: as the step is shown, or when its answers are submitted.
public enum ActionTiming: String, Sendable, Hashable, Codable, CaseIterable {
    case enter
    case submit
}

/// The types of fields.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    case text
    case `enum`
    case phone
    case email
    case uscc
    case residentID = "resident-id"
    case bankCard = "bank-card"
    case address
    case money
    case date
    case bool
    case file
    case int
    /// A one-time code (sent by SMS, or as the memo of a one-cent transfer); never shown back.
    case smsCode = "sms-code"
    case captcha
    /// A UKEY password.
    case password

    /// Whether a typed value is a secret: never shown back, never typed into a form again.
    public var isSecret: Bool {
        self == .password || self == .smsCode || self == .captcha
    }
}

/// Payment methods.
public enum PaymentMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case wechatPay = "wechat_pay"
    case alipay
}

/// Whether an invoice is asked for.
public enum InvoiceMode: String, Sendable, Hashable, Codable, CaseIterable {
    case optional
    case required
    case none
}

/// File types a material accepts; detected from the bytes, not the name.
public enum MaterialFileType: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf
    case jpeg
    case png
}

/// The kinds of channels the manual describes.
public enum ChannelKind: String, Sendable, Hashable, Codable, CaseIterable {
    case caOutlet = "ca-outlet"
    case bank
    case government
    case partner
}
