/// What an applicant gave for one field, before it is parsed and validated.
public enum RawAnswer: Sendable, Hashable {
    /// Typed text (a terminal, a web form) or a scalar of an answers file.
    case text(String)
    /// `{sandbox: sms}`: the code the sandbox sent; resolved by the driver, only with sandbox providers.
    case sandboxCode(String)
}
