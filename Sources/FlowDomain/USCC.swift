/// A Unified Social Credit Code (统一社会信用代码, GB 32100-2015), valid or accepted with a warning.
///
/// A USCC identifies an organisation and is public, so it is shown in full.
public struct USCC: Sendable, Hashable, CustomStringConvertible {
    /// The 18-character canonical code.
    public let value: String

    /// Normalises and validates `raw`; nil when rejected (an `org_check` warning is accepted).
    public init?(_ raw: String) {
        let check = IdentifierKind.uscc.check(raw)
        guard check.isAccepted else { return nil }
        value = check.normalizedValue
    }

    /// The full code: a USCC is public, so it needs no mask.
    public var description: String { value }

    /// The 31 symbols; a symbol's value is its index. I, O, Z, S and V are left out.
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".unicodeScalars)

    /// `3^(i-1) mod 31` for positions 1-17.
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// GB 11714 weights for the organisation-code body at positions 9-16.
    static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The failing rule, in the order of the domain reference §1, or the `org_check` warning.
    static func reasons(for value: String) -> [IdentifierReason] {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count == 18 else { return [.length] }
        var values: [Int] = []
        for scalar in scalars {
            guard let index = alphabet.firstIndex(of: scalar) else { return [.charset] }
            values.append(index)
        }
        guard scalars[2..<8].allSatisfy(\.isASCIIDigit) else { return [.adminDigits] }
        guard checksum(values.prefix(17)) == values[17] else { return [.checksum] }
        // Letter-led codes (A…, N…, Y…) are legal, so positions 1-2 are deliberately unchecked.
        guard organisationCheckCharacter(scalars[8..<16]) == scalars[16] else { return [.orgCheck] }
        return []
    }

    /// The code whose first 16 characters are `body`, completed with its GB 11714 check character
    /// and its GB 32100 checksum; nil when `body` is not 16 characters of the code's alphabet.
    public static func completing(_ body: String) -> USCC? {
        let scalars = Array(body.unicodeScalars)
        guard scalars.count == 16, let organisationCheck = organisationCheckCharacter(scalars[8..<16]) else { return nil }
        let first17 = scalars + [organisationCheck]
        var values: [Int] = []
        for scalar in first17 {
            guard let value = alphabet.firstIndex(of: scalar) else { return nil }
            values.append(value)
        }
        return USCC(String(String.UnicodeScalarView(first17 + [alphabet[checksum(values)]])))
    }

    /// GB 32100: the value of the 18th character, from the values of the first 17.
    private static func checksum(_ values: some Sequence<Int>) -> Int {
        (31 - zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 31) % 31
    }

    /// GB 11714: `11 − (sum mod 11)`, written `X` for 10 and `0` for 11; digits 0-9, A = 10 … Z = 35.
    private static func organisationCheckCharacter(_ body: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        var sum = 0
        for (scalar, weight) in zip(body, organisationWeights) {
            guard let value = organisationValue(scalar) else { return nil }
            sum += value * weight
        }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return .asciiDigit(digit)
        }
    }

    private static func organisationValue(_ scalar: Unicode.Scalar) -> Int? {
        if let digit = scalar.asciiDigitValue { return digit }
        guard scalar.isASCIIUppercaseLetter else { return nil }
        return Int(scalar.value) - Int(("A" as Unicode.Scalar).value) + 10
    }
}
