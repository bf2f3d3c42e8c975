/// A mainland mobile number that passed strict validation (possibly with an SMS warning).
///
/// Logging it shows `138****5678`; the full number is only in ``unmaskedValue``. The format
/// check is a typo filter: only an SMS one-time code proves a number.
public struct MobileNumber: PersonalData {
    /// The 11-digit number without country code. Never log it.
    public let unmaskedValue: String

    /// Normalises and validates `raw` (`+86 138 1234 5678` is fine); nil when rejected.
    public init?(_ raw: String) {
        let check = IdentifierKind.mobile.check(raw)
        guard check.isAccepted else { return nil }
        unmaskedValue = check.normalizedValue
    }

    /// First 3 and last 4 digits.
    public var masked: String { Masking.mobile(unmaskedValue) }

    /// The failing rule (charset, length, prefix), or the `sms_prefix` warning.
    static func reasons(for value: String) -> [IdentifierReason] {
        let digits = value.unicodeScalars.map(\.asciiDigitValue)
        guard digits.allSatisfy({ $0 != nil }) else { return [.charset] }
        let number = digits.compactMap { $0 }
        guard number.count == 11 else { return [.length] }
        guard number[0] == 1, (3...9).contains(number[1]) else { return [.prefix] }
        return receivesSMS(number) ? [] : [.smsPrefix]
    }

    /// The 2022 list of SMS-capable ranges (VincentSit/ChinaMobilePhoneNumberRegex):
    /// `1(?:3\d{3}|5[^4\D]\d{2}|8\d{3}|7(?:[0-35-9]\d{2}|4(?:0\d|1[0-2]|9\d))|9[0-35-9]\d{2}|6[2567]\d{2}|4[579]\d{2})\d{6}`.
    /// Spelled out on digits because `Regex`'s `\d` would also match full-width digits.
    private static func receivesSMS(_ number: [Int]) -> Bool {
        let (second, third, fourth) = (number[1], number[2], number[3])
        switch second {
        case 3, 8: return true
        case 5: return third != 4
        case 7:
            guard third == 4 else { return true }
            // 174 is split: 1740x, 17410-17412 and 1749x only.
            return fourth == 0 || fourth == 9 || (fourth == 1 && number[4] <= 2)
        case 9: return third != 4
        case 6: return [2, 5, 6, 7].contains(third)
        case 4: return [5, 7, 9].contains(third)
        default: return false
        }
    }
}
