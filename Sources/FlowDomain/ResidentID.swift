/// A resident identity number (公民身份号码, GB 11643-1999) that passed strict validation.
///
/// Logging it shows `110***********0011`; the full number is only in ``unmaskedValue``.
public struct ResidentID: PersonalData {
    /// The full 18-character number. Never log it.
    public let unmaskedValue: String
    /// The birth date at positions 7-14.
    public let birthDate: CivilDate

    /// Normalises and validates `raw`; nil when rejected, including births after `today`.
    public init?(_ raw: String, today: CivilDate = .todayInShanghai()) {
        let check = IdentifierKind.residentID.check(raw, today: today)
        guard check.isAccepted, let born = Self.birthDate(in: Array(check.normalizedValue.unicodeScalars)) else {
            return nil
        }
        unmaskedValue = check.normalizedValue
        birthDate = born
    }

    /// Converts a 15-digit first-generation number for matching legacy records only: inserts
    /// `19` after position 6 and appends the check character. Nil unless the result is valid.
    public init?(upgradingLegacy15 raw: String, today: CivilDate = .todayInShanghai()) {
        let scalars = Array(IdentifierKind.residentID.normalize(raw).unicodeScalars)
        guard scalars.count == 15, scalars.allSatisfy(\.isASCIIDigit) else { return nil }
        var body = Array(scalars[0..<6])
        body.append(contentsOf: ["1", "9"] as [Unicode.Scalar])
        body.append(contentsOf: scalars[6...])
        guard let check = Self.checkCharacter(for: body) else { return nil }
        self.init(String(String.UnicodeScalarView(body + [check])), today: today)
    }

    /// First 3 and last 4 characters, one `*` per hidden character.
    public var masked: String { Masking.residentID(unmaskedValue) }

    /// `2^(18-i) mod 11` for positions 1-17.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// The check character indexed by the weighted sum mod 11 (ISO 7064 MOD 11-2).
    static let checkCharacters = Array("10X98765432".unicodeScalars)

    /// Mainland province codes. 71 (Taiwan), 81-83 (residence permits) and 91 are excluded.
    static let provinces: Set<Int> = Set(
        [11...15, 21...23, 31...37, 41...46, 50...54, 61...65].joined()
    )

    /// Policy floor (1900-01-01): the standard prints an 1880 example, but no applicant is that old.
    static let earliestBirthYear = 1900

    /// The failing rule, in the order of the domain reference §2.
    static func reasons(for value: String, today: CivilDate) -> [IdentifierReason] {
        let scalars = Array(value.unicodeScalars)
        if scalars.count == 15, scalars.allSatisfy(\.isASCIIDigit) { return [.legacy15] }
        guard scalars.count == 18 else { return [.length] }
        guard scalars.prefix(17).allSatisfy(\.isASCIIDigit),
              scalars[17].isASCIIDigit || scalars[17] == "X" else { return [.charset] }
        guard provinces.contains(number(scalars[0..<2])) else { return [.region] }
        guard let born = birthDate(in: scalars) else { return [.date] }
        guard born.year >= earliestBirthYear else { return [.dateMin] }
        guard born <= today else { return [.future] }
        guard checkCharacter(for: scalars.prefix(17)) == scalars[17] else { return [.checksum] }
        return []
    }

    /// The MOD 11-2 check character for 17 ASCII digits.
    static func checkCharacter(for body: some Collection<Unicode.Scalar>) -> Unicode.Scalar? {
        var sum = 0
        for (scalar, weight) in zip(body, weights) {
            guard let digit = scalar.asciiDigitValue else { return nil }
            sum += digit * weight
        }
        return checkCharacters[sum % 11]
    }

    private static func birthDate(in scalars: [Unicode.Scalar]) -> CivilDate? {
        guard scalars.count >= 14 else { return nil }
        return CivilDate(year: number(scalars[6..<10]), month: number(scalars[10..<12]),
                         day: number(scalars[12..<14]))
    }

    /// The decimal value of ASCII digits; -1 when a scalar is not one, which no rule accepts.
    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int {
        var result = 0
        for scalar in digits {
            guard let digit = scalar.asciiDigitValue else { return -1 }
            result = result * 10 + digit
        }
        return result
    }
}
