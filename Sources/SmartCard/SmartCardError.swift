import CPCSCLite

/// A PC/SC call failed: which call, and the `SCARD_E_*`, `SCARD_W_*` or `SCARD_F_*` code it returned.
public struct SmartCardError: Error, Sendable, Hashable, CustomStringConvertible {
    public var function: String
    public var code: PCSCCode

    public init(function: String, code: PCSCCode) {
        self.function = function
        self.code = code
    }

    /// `rv` as an error of `function`, or nil when it is `SCARD_S_SUCCESS`.
    static func check(_ rv: LONG, _ function: String) throws(SmartCardError) {
        guard rv != SCARD_S_SUCCESS else { return }
        throw SmartCardError(function: function, code: PCSCCode(rv))
    }

    public var description: String { "\(function): \(code)" }
}
