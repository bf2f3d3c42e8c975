// Swift's `\d`, `Character.isNumber` and `wholeNumberValue` all accept full-width digits
// such as "５", so every rule in this module tests ASCII ranges on scalars explicitly.

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    var isASCIILetter: Bool { ("A"..."Z").contains(self) || ("a"..."z").contains(self) }

    var isASCIIUppercaseLetter: Bool { ("A"..."Z").contains(self) }

    var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }

    /// 0-9 for "0"..."9", nil for anything else (full-width digits included).
    var asciiDigitValue: Int? {
        isASCIIDigit ? Int(value) - Int(("0" as Unicode.Scalar).value) : nil
    }

    /// The ASCII digit for 0...9; callers guarantee the range.
    static func asciiDigit(_ digit: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(truncatingIfNeeded: 48 + digit))
    }
}

extension String {
    /// Length in Unicode scalars, which is what the reference checker (Python `len`) counts;
    /// `count` would merge combining marks into one grapheme and hide them.
    var scalarCount: Int { unicodeScalars.count }

    /// Compares scalar by scalar: `==` on `String` treats canonically equivalent forms as
    /// equal, which would hide a change made by NFKC.
    func hasSameScalars(as other: String) -> Bool {
        unicodeScalars.elementsEqual(other.unicodeScalars)
    }
}
