/// An email address that passed the pragmatic rule of the domain reference §5.
///
/// The case is kept as typed, but equality and hashing ignore ASCII case. Logging it shows
/// `z***@example.com`; the full address is only in ``unmaskedValue``.
public struct EmailAddress: PersonalData {
    /// The address as typed after NFKC and trimming. Never log it.
    public let unmaskedValue: String

    /// Normalises and validates `raw`; nil when rejected.
    public init?(_ raw: String) {
        let check = IdentifierKind.email.check(raw)
        guard check.isAccepted else { return nil }
        unmaskedValue = check.normalizedValue
    }

    /// First character of the local part, then `***`, then the domain.
    public var masked: String { Masking.email(unmaskedValue) }

    /// Equal when the addresses match ignoring ASCII case.
    public static func == (lhs: EmailAddress, rhs: EmailAddress) -> Bool {
        lhs.comparisonKey == rhs.comparisonKey
    }

    /// Hashes the case-folded address, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(comparisonKey)
    }

    /// Valid addresses are ASCII, so lower-casing ASCII is the whole case fold.
    private var comparisonKey: String { unmaskedValue.lowercased() }

    /// Characters allowed in a local-part run besides ASCII letters and digits.
    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    /// The failing rule, in the order non_ascii, at, length, local, domain.
    static func reasons(for value: String) -> [IdentifierReason] {
        let scalars = Array(value.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else { return [.nonASCII] }
        let parts = scalars.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return [.at] }
        let (local, domain) = (parts[0], parts[1])
        guard scalars.count <= 254, local.count <= 64 else { return [.length] }
        guard isValidLocalPart(local) else { return [.local] }
        guard isValidDomain(domain) else { return [.domain] }
        return []
    }

    /// Runs of atext joined by single dots; quoted strings are not accepted.
    private static func isValidLocalPart(_ local: ArraySlice<Unicode.Scalar>) -> Bool {
        let runs = local.split(separator: ".", omittingEmptySubsequences: false)
        return runs.allSatisfy { run in
            !run.isEmpty && run.allSatisfy { $0.isASCIIAlphanumeric || localSymbols.contains($0) }
        }
    }

    /// Two or more LDH labels; the last is 2+ letters or an `xn--` label. No IP literals.
    private static func isValidDomain(_ domain: ArraySlice<Unicode.Scalar>) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(isValidLabel), let last = labels.last else {
            return false
        }
        return isValidTopLevelLabel(last)
    }

    private static func isValidLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (1...63).contains(label.count), let first = label.first, let last = label.last,
              first.isASCIIAlphanumeric, last.isASCIIAlphanumeric else { return false }
        return label.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
    }

    private static func isValidTopLevelLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        if label.count >= 2, label.count <= 63, label.allSatisfy(\.isASCIILetter) { return true }
        // Punycode top-level domains such as `xn--fiqs8s` (中国).
        let prefix = String(String.UnicodeScalarView(label.prefix(4))).lowercased()
        return prefix == "xn--" && (5...63).contains(label.count)
    }
}
