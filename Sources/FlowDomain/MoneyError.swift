/// Why an amount could not be parsed or computed.
public enum MoneyError: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text is not a plain decimal amount such as `300`, `300.00` or `0.5`.
    case malformed
    /// More than two digits after the decimal point (fen is the smallest unit).
    case tooManyDecimals
    /// A negative amount where only zero or more is allowed.
    case negative
    /// The amount does not fit in 64-bit fen.
    case overflow

    /// A stable code for logs and tests, e.g. `too_many_decimals`.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .malformed: "malformed"
        case .tooManyDecimals: "too_many_decimals"
        case .negative: "negative"
        case .overflow: "overflow"
        }
    }

    /// The bilingual message; it never repeats the amount.
    public var message: DomainMessage {
        switch self {
        case .empty:
            DomainMessage(zh: "金额不能为空", en: "The amount is empty.")
        case .malformed:
            DomainMessage(zh: "金额格式不正确，应为如 300 或 300.00 的数字",
                          en: "The amount is malformed; write a number such as 300 or 300.00.")
        case .tooManyDecimals:
            DomainMessage(zh: "金额最多保留两位小数", en: "The amount may have at most two decimal places.")
        case .negative:
            DomainMessage(zh: "金额不能为负数", en: "The amount must not be negative.")
        case .overflow:
            DomainMessage(zh: "金额超出可处理的范围", en: "The amount is too large.")
        }
    }

    /// The error code, e.g. `overflow`.
    public var description: String { code }
}
