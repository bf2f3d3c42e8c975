public import FlowDiagnostics

/// Why evaluating an expression failed; running stops at the first one.
///
/// A checked expression can only fail with ``missingValue(path:range:)``, ``overflow(range:)``
/// or ``dateOutOfRange(range:)``; ``typeMismatch(_:range:)`` means the expression was not
/// checked, or the environment returned a value of the wrong kind.
public enum ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The environment knows no value for a name the expression reads.
    case missingValue(path: [String], range: SourceRange)
    /// Integer, decimal or money arithmetic left the 64-bit range.
    case overflow(range: SourceRange)
    /// Date arithmetic left the years 1 ... 9999.
    case dateOutOfRange(range: SourceRange)
    /// Operands of kinds the operation does not accept.
    case typeMismatch(LocalizedMessage, range: SourceRange)

    /// The part of the expression that failed.
    public var range: SourceRange {
        switch self {
        case let .missingValue(_, range), let .overflow(range), let .dateOutOfRange(range),
             let .typeMismatch(_, range):
            range
        }
    }

    /// What failed, in both languages; values are never repeated, as they may be personal data.
    public var message: LocalizedMessage {
        switch self {
        case let .missingValue(path, _):
            let name = Wording.quoted(Wording.path(path))
            return LocalizedMessage(en: "no value for \(name)", zh: "\(name) 没有值")
        case .overflow:
            return LocalizedMessage(en: "arithmetic overflow: the result is out of range",
                                    zh: "算术溢出：结果超出取值范围")
        case .dateOutOfRange:
            return LocalizedMessage(en: "the date is outside the years 1 to 9999",
                                    zh: "日期超出 1 至 9999 年的范围")
        case let .typeMismatch(message, _):
            return message
        }
    }

    /// `1:5: no value for "fee"`.
    public var description: String { "\(range.start): \(message.en)" }
}
