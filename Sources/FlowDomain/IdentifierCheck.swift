/// The outcome of checking one identifier: the normalised value, a verdict and its reasons.
///
/// `description`, `debugDescription` and the mirror show the masked value only, so a check
/// can be logged; read ``normalizedValue`` deliberately when the full value is needed.
public struct IdentifierCheck: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// Accept, accept with a soft warning, or reject.
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        /// The value is valid.
        case accept
        /// The value is accepted, but the user should see a warning and check it.
        case warn
        /// The value is invalid.
        case reject
    }

    /// The kind that was checked.
    public let kind: IdentifierKind
    /// The value after normalisation, unmasked: personal data for every kind but USCC.
    public let normalizedValue: String
    /// Whether normalisation changed the input; if so, show the normalised value back.
    public let inputWasNormalized: Bool
    /// Empty when accepted; the warnings when accepted with warnings; else the one failing rule.
    public let reasons: [IdentifierReason]

    init(kind: IdentifierKind, normalizedValue: String, inputWasNormalized: Bool,
         reasons: [IdentifierReason]) {
        self.kind = kind
        self.normalizedValue = normalizedValue
        self.inputWasNormalized = inputWasNormalized
        // Validators stop at the first failing rule, so a rejection carries one reason.
        if let rejection = reasons.first(where: { !$0.isWarning }) {
            self.reasons = [rejection]
        } else {
            self.reasons = reasons
        }
    }

    /// The verdict implied by the reasons.
    public var verdict: Verdict {
        if reasons.isEmpty { return .accept }
        return reasons.allSatisfy(\.isWarning) ? .warn : .reject
    }

    /// Whether the value may be used (accepted, with or without warnings).
    public var isAccepted: Bool { verdict != .reject }

    /// The rule the value breaks, when rejected.
    public var rejection: IdentifierReason? { reasons.first { !$0.isWarning } }

    /// The soft warnings of an accepted value.
    public var warnings: [IdentifierReason] { reasons.filter(\.isWarning) }

    /// One bilingual message per reason; none of them contains the value.
    public var messages: [DomainMessage] { reasons.map { $0.message(for: kind) } }

    /// The normalised value masked by the kind's display convention.
    public var maskedValue: String { kind.mask(normalizedValue) }

    /// Kind, verdict, reasons and the masked value, e.g. `mobile: warn (sms_prefix) 154****5678`.
    public var description: String {
        let codes = reasons.isEmpty ? "" : " (\(reasons.map(\.code).joined(separator: ", ")))"
        return "\(kind.code): \(verdict.rawValue)\(codes) \(maskedValue)"
    }

    /// The description wrapped in the type name; still masked.
    public var debugDescription: String { "IdentifierCheck(\(description))" }

    /// A mirror without the unmasked value, so `dump` stays masked.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "kind": kind, "maskedValue": maskedValue, "verdict": verdict, "reasons": reasons,
        ], displayStyle: .struct)
    }
}
