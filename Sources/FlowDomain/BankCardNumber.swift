/// A bank card number that passed strict validation (possibly with a Luhn warning).
///
/// Card numbers are sensitive personal information under PIPL: logging one shows only
/// `**** 0000`, and the full number is only in ``unmaskedValue``.
public struct BankCardNumber: PersonalData {
    /// The 16 to 19 digits. Never log them.
    public let unmaskedValue: String

    /// Normalises and validates `raw` (spaces and hyphens are removed); nil when rejected.
    public init?(_ raw: String) {
        let check = IdentifierKind.bankCard.check(raw)
        guard check.isAccepted else { return nil }
        unmaskedValue = check.normalizedValue
    }

    /// The last four digits, for `尾号0000` style texts.
    public var lastFour: String { String(unmaskedValue.suffix(4)) }

    /// Last four digits only, `**** 0000`: the default everywhere.
    public var masked: String { Masking.bankCardLastFour(unmaskedValue) }

    /// First 6 and last 4 digits, `622202*********0000`: the most that is ever shown.
    public var maskedWithIssuerPrefix: String { Masking.bankCardFirstSixLastFour(unmaskedValue) }

    /// The failing rule (charset, length), or the `luhn` warning.
    static func reasons(for value: String) -> [IdentifierReason] {
        let digits = value.unicodeScalars.map(\.asciiDigitValue)
        guard digits.allSatisfy({ $0 != nil }) else { return [.charset] }
        let number = digits.compactMap { $0 }
        guard (16...19).contains(number.count) else { return [.length] }
        // Some domestic cards reportedly fail Luhn, so a failure only asks the user to check;
        // four-element verification is the real proof.
        return passesLuhn(number) ? [] : [.luhn]
    }

    /// ISO/IEC 7812-1: double every second digit from the right, add the digits of each result.
    static func passesLuhn(_ digits: [Int]) -> Bool {
        var total = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = offset % 2 == 1 ? digit * 2 : digit
            total += value > 9 ? value - 9 : value
        }
        return total % 10 == 0
    }
}
