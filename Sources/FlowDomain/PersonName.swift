/// A person's name, masked in text as `张*` or `欧***`.
///
/// The domain reference gives no validation rule for names, so this only normalises (NFKC,
/// trim) and refuses empty names and control characters.
public struct PersonName: PersonalData {
    /// The full name. Never log it, least of all together with ID, card and phone.
    public let unmaskedValue: String

    /// Normalises `raw`; nil when empty after trimming or when it holds control characters.
    public init?(_ raw: String) {
        let normalized = raw.nfkcTrimmed
        guard !normalized.isEmpty,
              !normalized.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        unmaskedValue = normalized
    }

    /// First character, then one `*` per other character.
    public var masked: String { Masking.personName(unmaskedValue) }
}
