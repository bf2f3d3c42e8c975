internal import Foundation

extension IdentifierKind {
    /// The input-layer form of `raw`: NFKC, trim, then this kind's rule (domain reference §0).
    ///
    /// Input methods produce full-width `１３８`, `Ｘ` and `＠`; NFKC turns them into ASCII.
    /// The result is what the strict validator sees and what is shown back to the user.
    public func normalize(_ raw: String) -> String {
        let base = raw.nfkcTrimmed
        switch self {
        case .uscc, .residentID:
            return Self.removing([" ", "-"], from: base).uppercased()
        case .bankCard:
            return Self.removing([" ", "-"], from: base)
        case .mobile:
            return Self.droppingCountryCode(Self.removing([" ", "-", "(", ")"], from: base))
        case .email:
            // Case is kept as typed; addresses are compared case-insensitively instead.
            return base
        }
    }

    private static func removing(_ removed: Set<Unicode.Scalar>, from text: String) -> String {
        guard text.unicodeScalars.contains(where: removed.contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !removed.contains($0) }))
    }

    /// Drops `+86`, `0086` or `86` only when exactly 11 characters follow, so a number that
    /// merely starts with 86 is left alone.
    private static func droppingCountryCode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        for prefix in ["+86", "0086", "86"] {
            let prefixScalars = Array(prefix.unicodeScalars)
            if scalars.count == prefixScalars.count + 11, scalars.starts(with: prefixScalars) {
                return String(String.UnicodeScalarView(scalars.dropFirst(prefixScalars.count)))
            }
        }
        return text
    }
}

extension String {
    /// NFKC (Foundation's compatibility mapping), then leading and trailing Unicode
    /// whitespace removed: the first two steps of every normalisation.
    var nfkcTrimmed: String {
        // ASCII is already in NFKC: most input skips Foundation's mapping (and its bridging), and
        // most of that needs no trimming either.
        let isASCII = utf8.allSatisfy { $0 < 0x80 }
        if isASCII, let first = utf8.first, let last = utf8.last, !first.isASCIIWhitespace, !last.isASCIIWhitespace {
            return self
        }
        let mapped = isASCII ? self : precomposedStringWithCompatibilityMapping
        let scalars = Array(mapped.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension UInt8 {
    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII characters
    /// with Unicode's White_Space property.
    fileprivate var isASCIIWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}
