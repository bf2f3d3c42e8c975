/// The identifiers a flow collects, each with its normalisation and strict validator.
///
/// The raw values are the kind names used by the domain reference and `samples.tsv`.
public enum IdentifierKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Unified Social Credit Code (统一社会信用代码, GB 32100-2015).
    case uscc
    /// Resident identity number (公民身份号码, GB 11643-1999).
    case residentID = "resident_id"
    /// Mainland mobile number.
    case mobile
    /// Bank card number.
    case bankCard = "bank_card"
    /// Email address.
    case email

    /// The kind name as written in the domain reference, e.g. `resident_id`.
    public var code: String { rawValue }

    /// The kind name, e.g. `bank_card`.
    public var description: String { code }

    /// The field's name in both languages, for messages.
    public var fieldName: DomainMessage {
        switch self {
        case .uscc: DomainMessage(zh: "统一社会信用代码", en: "unified social credit code")
        case .residentID: DomainMessage(zh: "居民身份证号码", en: "resident ID number")
        case .mobile: DomainMessage(zh: "手机号码", en: "mobile number")
        case .bankCard: DomainMessage(zh: "银行卡号", en: "bank card number")
        case .email: DomainMessage(zh: "电子邮箱", en: "email address")
        }
    }

    /// Whether values of this kind identify a person (a USCC identifies an organisation).
    public var isPersonalData: Bool { self != .uscc }

    /// Normalises `raw` as the input layer does, then validates it strictly.
    public func check(_ raw: String) -> IdentifierCheck {
        check(raw, today: .todayInShanghai())
    }

    /// Normalises `raw`, then validates it strictly; `today` bounds resident ID birth dates.
    public func check(_ raw: String, today: CivilDate) -> IdentifierCheck {
        let normalized = normalize(raw)
        return IdentifierCheck(
            kind: self,
            normalizedValue: normalized,
            inputWasNormalized: !normalized.hasSameScalars(as: raw),
            reasons: strictReasons(normalized, today: today)
        )
    }

    /// Validates `value` exactly as given: only the canonical form is accepted.
    public func validateStrictly(_ value: String) -> IdentifierCheck {
        validateStrictly(value, today: .todayInShanghai())
    }

    /// Validates `value` exactly as given; `today` bounds resident ID birth dates.
    public func validateStrictly(_ value: String, today: CivilDate) -> IdentifierCheck {
        IdentifierCheck(
            kind: self,
            normalizedValue: value,
            inputWasNormalized: false,
            reasons: strictReasons(value, today: today)
        )
    }

    /// `value` masked for display and logs by this kind's convention; a USCC is shown in full.
    public func mask(_ value: String) -> String {
        switch self {
        case .uscc: value
        case .residentID: Masking.residentID(value)
        case .mobile: Masking.mobile(value)
        case .bankCard: Masking.bankCardLastFour(value)
        case .email: Masking.email(value)
        }
    }

    private func strictReasons(_ value: String, today: CivilDate) -> [IdentifierReason] {
        switch self {
        case .uscc: USCC.reasons(for: value)
        case .residentID: ResidentID.reasons(for: value, today: today)
        case .mobile: MobileNumber.reasons(for: value)
        case .bankCard: BankCardNumber.reasons(for: value)
        case .email: EmailAddress.reasons(for: value)
        }
    }
}
