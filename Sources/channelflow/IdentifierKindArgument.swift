import ArgumentParser
import FlowDomain
import FlowExpressions

/// The KIND of `channelflow validate`: one of the domain's kinds, spelled with hyphens on the
/// command line (`resident-id`) as options are. Derived from `IdentifierKind.allCases`, so a kind
/// added to the domain appears in `--help` without touching the command.
///
/// Parsing never fails: argument-parser would quote the rejected text, and what lands in the KIND
/// position is often a customer's number typed without a kind. ``unknownKindError`` reports it
/// without the text.
struct IdentifierKindArgument: ExpressibleByArgument {
    /// The kind, or nil when the text names none.
    let kind: IdentifierKind?
    /// A kind one or two typos away from the text, for "did you mean"; never the text itself.
    let suggestion: String?

    /// Also takes the domain code (`bank_card`), the spelling `--json` prints, so a script can
    /// feed a result's kind back.
    init(argument: String) {
        kind = IdentifierKind.allCases.first { Self.name($0) == argument || $0.code == argument }
        suggestion = kind == nil ? FlowExpressions.suggestion(for: argument, among: Self.allValueStrings) : nil
    }

    static var allValueStrings: [String] { IdentifierKind.allCases.map(name) }

    /// The command-line spelling of `kind`, e.g. `bank-card`.
    static func name(_ kind: IdentifierKind) -> String {
        String(kind.code.map { $0 == "_" ? "-" : $0 })
    }

    /// The usage error for text that names no kind, listing the kinds sorted.
    var unknownKindError: ValidationError {
        let expected = Self.allValueStrings.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        let hint = suggestion.map { "did you mean \"\($0)\"? " } ?? ""
        return ValidationError("unknown kind; \(hint)expected one of \(expected) (the text is not repeated: it may be personal data). 未知的值类型（为保护个人信息，不回显输入）。")
    }
}
