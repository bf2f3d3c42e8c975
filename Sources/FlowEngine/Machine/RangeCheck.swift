import FlowDiagnostics
import FlowDomain

/// A `range` validator's bounds, compared with an int, a money amount (bounds in yuan) or a date.
struct RangeCheck {
    let min: String?
    let max: String?

    func message(for value: OrderValue) -> LocalizedMessage? {
        if let min, let below = compare(value, min), below < 0 {
            return LocalizedMessage(en: "must be at least \(min)", zh: "不能小于 \(min)")
        }
        if let max, let above = compare(value, max), above > 0 {
            return LocalizedMessage(en: "must be at most \(max)", zh: "不能大于 \(max)")
        }
        return nil
    }

    /// -1, 0 or 1 as `value` is below, at or above `bound`; nil when the bound does not fit the type.
    private func compare(_ value: OrderValue, _ bound: String) -> Int? {
        switch value {
        case let .int(number):
            guard let limit = Int64(bound) else { return nil }
            return number < limit ? -1 : (number > limit ? 1 : 0)
        case let .money(amount):
            guard let limit = try? Money(yuan: bound) else { return nil }
            return amount < limit ? -1 : (amount > limit ? 1 : 0)
        case let .date(date):
            guard let limit = CivilDate(iso8601: bound) else { return nil }
            return date < limit ? -1 : (date > limit ? 1 : 0)
        default:
            return nil
        }
    }
}
