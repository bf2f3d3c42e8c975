extension IdentifierKind {
    /// The kinds a personal-data scan looks for by default: ID number, mobile and bank card.
    ///
    /// Email is left out because configuration legitimately holds role addresses.
    public static let personalIdentifierKinds: [IdentifierKind] = [.residentID, .mobile, .bankCard]

    /// The check of the first kind `text` is a valid personal identifier of, or nil.
    ///
    /// Meant for a linter that flags personal data written into flow files. Only a clean
    /// accept counts: a warning (failed Luhn, unassigned mobile range) is far more likely an
    /// ordinary number than a real card or phone. Report the result's `maskedValue`, never `text`.
    public static func plausiblePersonalIdentifier(
        in text: String,
        among kinds: [IdentifierKind] = personalIdentifierKinds,
        today: CivilDate = .todayInShanghai()
    ) -> IdentifierCheck? {
        for kind in kinds where kind.isPersonalData {
            let check = kind.check(text, today: today)
            if check.verdict == .accept { return check }
        }
        return nil
    }
}
