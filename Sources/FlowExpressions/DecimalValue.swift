/// An exact decimal number: a signed 64-bit count of units of 10^-scale.
///
/// The language compares prices, fees and rates, so binary floating point (where 0.1 + 0.2
/// is not 0.3) is out. Foundation's `Decimal` would do, but a scaled `Int64` is all the
/// language needs, is exact by construction, and keeps Foundation out of the public API.
/// Values are normalised (no trailing fractional zeros), so `0.50 == 0.5` and the synthesised
/// `Hashable` agrees with `==`.
public struct DecimalValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times 10^``scale``.
    public let units: Int64
    /// The number of decimals, 0 ... ``maxScale``.
    public let scale: Int

    /// Most decimals a value may carry; 10^18 still fits an `Int64`.
    public static let maxScale = 18

    /// `units` × 10^-`scale`, or nil when `scale` is outside 0 ... ``maxScale``.
    public init?(units: Int64, scale: Int) {
        guard (0...Self.maxScale).contains(scale) else { return nil }
        self.init(normalizing: units, scale: scale)
    }

    /// Strips trailing fractional zeros; `scale` must already be in range.
    private init(normalizing units: Int64, scale: Int) {
        var units = units
        var scale = scale
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        self.units = units
        self.scale = scale
    }

    /// A whole number.
    public init(_ integer: Int64) {
        units = integer
        scale = 0
    }

    /// Parses `12`, `0.5`, `-3.25`: ASCII digits with an optional sign and fraction; nil when
    /// malformed, with more than ``maxScale`` decimals, or too large.
    public init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        let negative = scalars.first == "-"
        if negative { scalars = scalars.dropFirst() }
        let whole = scalars.prefix { $0 != "." }
        let fraction = scalars.dropFirst(whole.count).dropFirst()
        let hasPoint = whole.count < scalars.count
        guard !whole.isEmpty, !hasPoint || !fraction.isEmpty, fraction.count <= Self.maxScale else { return nil }
        var units: Int64 = 0
        for scalar in whole + fraction {
            guard ("0"..."9").contains(scalar) else { return nil }
            let digit = Int64(scalar.value - ("0" as Unicode.Scalar).value)
            let (shifted, overflowA) = units.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(negative ? -digit : digit)
            guard !overflowA, !overflowB else { return nil }
            units = next
        }
        self.init(units: units, scale: fraction.count)
    }

    /// The value as the language writes it: `0.5`, `-3`, `12.25`.
    public var description: String {
        let digits = String(units.magnitude)
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    /// Numeric order, exact across scales.
    public static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: scale) < rhs.scaled(to: scale)
    }

    /// The sum; nil when it does not fit.
    public func adding(_ other: DecimalValue) -> DecimalValue? {
        let scale = max(self.scale, other.scale)
        return Self.fitting(scaled(to: scale) + other.scaled(to: scale), scale: scale)
    }

    /// The difference; nil when it does not fit.
    public func subtracting(_ other: DecimalValue) -> DecimalValue? {
        let scale = max(self.scale, other.scale)
        return Self.fitting(scaled(to: scale) - other.scaled(to: scale), scale: scale)
    }

    /// The opposite value; nil only for the most negative units.
    public func negated() -> DecimalValue? {
        Self.fitting(-Int128(units), scale: scale)
    }

    /// The value in fen when it is a whole number of fen (yuan with at most two decimals).
    public var wholeFen: Int64? {
        guard scale <= 2 else { return nil }
        return Int64(exactly: scaled(to: 2))
    }

    /// An amount in fen as yuan: 3050 fen is 30.5.
    init(fen: Int64) {
        self.init(normalizing: fen, scale: 2)
    }

    /// `units` at a larger `scale`; `Int128` holds any `Int64` times 10^18 without overflow.
    private func scaled(to target: Int) -> Int128 {
        var value = Int128(units)
        for _ in scale..<max(scale, target) { value *= 10 }
        return value
    }

    private static func fitting(_ value: Int128, scale: Int) -> DecimalValue? {
        guard let units = Int64(exactly: value) else { return nil }
        return DecimalValue(normalizing: units, scale: scale)
    }
}
