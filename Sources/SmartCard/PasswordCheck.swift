/// What a key says about a password (PIN or administrator key) it was given or asked about.
public enum PasswordCheck: Sendable, Hashable {
    case verified
    /// Wrong (`63Cx`), or for a status query not yet verified; `triesLeft` before it blocks.
    case wrong(triesLeft: Int)
    /// `6983`: blocked, no tries left.
    case blocked
}
