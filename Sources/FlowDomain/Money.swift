/// An amount of renminbi in fen (分, 1/100 yuan), held in an `Int64`: no floating point.
///
/// Arithmetic throws ``MoneyError/overflow`` instead of trapping, so there are deliberately
/// no `+`/`-` operators.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in fen; negative for refunds and balances computed by subtraction.
    public let fen: Int64

    /// Nothing.
    public static let zero = Money(fen: 0)

    /// An amount of `fen` fen.
    public init(fen: Int64) {
        self.fen = fen
    }

    /// An amount of whole yuan; throws `overflow` beyond the `Int64` fen range.
    public init(wholeYuan yuan: Int64) throws(MoneyError) {
        let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
        guard !overflow else { throw .overflow }
        self.fen = fen
    }

    /// Parses a yuan amount: `300`, `300.00`, `0.5`, optionally led by `¥` or `￥`.
    ///
    /// Strict: no `+`, spaces, digit grouping, exponent, or bare `.5` / `5.`; ASCII digits
    /// only; at most two decimals. Amounts typed into flows are prices and fees, so a sign
    /// is refused; a well-formed `-300` throws `negative` so the user learns what to fix.
    public init(yuan text: String) throws(MoneyError) {
        var bytes = Substring(text).utf8
        guard !bytes.isEmpty else { throw .empty }
        let isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { bytes = bytes.dropFirst() }
        for sign in Self.yuanSigns where bytes.starts(with: sign) {
            bytes = bytes.dropFirst(sign.count)
            break
        }
        let magnitude = try Self.parseMagnitude(bytes)
        guard !isNegative else { throw .negative }
        fen = magnitude
    }

    /// `¥` and `￥` in UTF-8.
    private static let yuanSigns = [Array("¥".utf8), Array("￥".utf8)]

    /// Digits, optionally a point and one or two digits, as fen. Every character is checked before
    /// any is added up, so text that is not an amount is `malformed` however long it is.
    private static func parseMagnitude(_ bytes: Substring.UTF8View) throws(MoneyError) -> Int64 {
        let point = bytes.firstIndex(of: UInt8(ascii: "."))
        let integer = bytes[..<(point ?? bytes.endIndex)]
        guard isDigits(integer) else { throw .malformed }
        var fraction = bytes[bytes.endIndex...]
        if let point {
            fraction = bytes[bytes.index(after: point)...]
            guard isDigits(fraction) else { throw .malformed }
            guard fraction.count <= 2 else { throw .tooManyDecimals }
        }
        var yuan: Int64 = 0
        for byte in integer {
            let (shifted, overflowA) = yuan.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw .overflow }
            yuan = next
        }
        // "0.5" is 50 fen, not 5: a single decimal counts tenths.
        var fenPart: Int64 = 0
        for (position, byte) in fraction.enumerated() {
            fenPart += Int64(byte - UInt8(ascii: "0")) * (position == 0 ? 10 : 1)
        }
        let (whole, overflowA) = yuan.multipliedReportingOverflow(by: 100)
        let (total, overflowB) = whole.addingReportingOverflow(fenPart)
        guard !overflowA, !overflowB else { throw .overflow }
        return total
    }

    /// One or more ASCII digits.
    private static func isDigits(_ bytes: Substring.UTF8View) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The amount in yuan with two decimals and no currency sign: `300.00`, `-0.50`.
    public var yuanString: String {
        // `magnitude` is a UInt64, so even Int64.min formats without overflow.
        let cents = fen.magnitude % 100
        let sign = fen < 0 ? "-" : ""
        return "\(sign)\(fen.magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The amount for display: `¥300.00`, `-¥0.50`.
    public var formatted: String {
        fen < 0 ? "-¥" + String(yuanString.dropFirst()) : "¥" + yuanString
    }

    /// The display form, e.g. `¥300.00`.
    public var description: String { formatted }

    /// Whether the amount is below zero.
    public var isNegative: Bool { fen < 0 }

    /// The sum; throws `overflow` instead of trapping.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        let (result, overflow) = fen.addingReportingOverflow(other.fen)
        guard !overflow else { throw .overflow }
        return Money(fen: result)
    }

    /// The difference, possibly negative; throws `overflow` instead of trapping.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        let (result, overflow) = fen.subtractingReportingOverflow(other.fen)
        guard !overflow else { throw .overflow }
        return Money(fen: result)
    }

    /// The amount times an integer count (e.g. a number of certificates).
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (result, overflow) = fen.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow }
        return Money(fen: result)
    }

    /// The opposite amount; throws `overflow` only for the most negative amount.
    public func negated() throws(MoneyError) -> Money {
        try Money.zero.subtracting(self)
    }

    /// The total of `amounts`; throws `overflow` as soon as a partial sum leaves the range.
    public static func sum(_ amounts: some Sequence<Money>) throws(MoneyError) -> Money {
        var total = Money.zero
        for amount in amounts {
            total = try total.adding(amount)
        }
        return total
    }

    /// Orders by amount.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
}
