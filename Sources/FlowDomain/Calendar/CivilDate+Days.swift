extension CivilDate {
    /// Every date from this one to `last`, both included; empty when `last` is earlier.
    public func days(through last: CivilDate) -> [CivilDate] {
        let count = last.daysSinceEpoch - daysSinceEpoch
        return count < 0 ? [] : (0...count).map { adding(days: $0) }
    }
}
