/// A value that identifies a person and masks itself wherever it is turned into text.
///
/// `description` (so `print` and string interpolation), `debugDescription` (`debugPrint`,
/// `String(reflecting:)`) and the mirror (`dump`) all show ``masked``. The full value is
/// reachable only through ``unmaskedValue``, so reading it is always a visible decision.
public protocol PersonalData: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The full value. Never write it to a log, trace, metric label or error message.
    var unmaskedValue: String { get }
    /// The value masked by the display convention of the domain reference §7.
    var masked: String { get }
}

extension PersonalData {
    /// The masked value.
    public var description: String { masked }

    /// The type name and the masked value, e.g. `MobileNumber(138****5678)`.
    public var debugDescription: String { "\(Self.self)(\(masked))" }

    /// A mirror with the masked value as its only child, so `dump` cannot reach the raw value.
    public var customMirror: Mirror {
        Mirror(self, children: ["masked": masked], displayStyle: .struct)
    }
}
