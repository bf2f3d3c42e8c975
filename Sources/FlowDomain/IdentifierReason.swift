/// Why a validator rejected a value or accepted it with a warning.
///
/// The raw values are the reason codes of the domain reference (`samples.tsv`, section 8),
/// so they can be logged and compared with the shared test vectors.
public enum IdentifierReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Wrong number of characters.
    case length
    /// A character outside the kind's alphabet.
    case charset
    /// USCC positions 3-8 (administrative division) are not all digits.
    case adminDigits = "admin_digits"
    /// The check character does not match.
    case checksum
    /// Warning: the GB 11714 organisation-code check embedded in a USCC does not match.
    case orgCheck = "org_check"
    /// A 15-digit first-generation resident ID number, no longer accepted.
    case legacy15
    /// The resident ID's province code is not a mainland province.
    case region
    /// The resident ID's birth date does not exist.
    case date
    /// The resident ID's birth date is before 1900-01-01.
    case dateMin = "date_min"
    /// The resident ID's birth date is after today (Asia/Shanghai).
    case future
    /// A mobile number that does not start with 13-19.
    case prefix
    /// Warning: a mobile number outside the ranges that can receive SMS.
    case smsPrefix = "sms_prefix"
    /// Warning: a bank card number that fails the Luhn check.
    case luhn
    /// An email address with non-ASCII characters.
    case nonASCII = "non_ascii"
    /// An email address without exactly one `@`.
    case at
    /// An email address whose local part (before `@`) is malformed.
    case local
    /// An email address whose domain is malformed.
    case domain

    /// The reason code as written in the domain reference, e.g. `admin_digits`.
    public var code: String { rawValue }

    /// Whether the value is still accepted (a soft warning) rather than rejected.
    public var isWarning: Bool {
        switch self {
        case .orgCheck, .smsPrefix, .luhn: true
        default: false
        }
    }

    /// The reason code, e.g. `checksum`.
    public var description: String { code }
}
