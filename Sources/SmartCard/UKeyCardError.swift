/// A UKEY operation failed: the PC/SC layer, or the card refused a command.
public enum UKeyCardError: Error, Sendable, Hashable {
    case pcsc(SmartCardError)
    /// The card answered `status` to `command` (e.g. "SELECT DF01").
    case refused(command: String, status: StatusWord)
    /// The card answered something a UKEY never answers.
    case malformed(String)
    /// A password (for a reset, the administrator key and the new password together) longer than
    /// one short APDU carries: nothing was sent.
    case passwordTooLong
}
