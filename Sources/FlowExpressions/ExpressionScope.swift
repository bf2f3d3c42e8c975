/// What the names an expression reads mean where it is written: the linter implements it
/// from the flow, the channel and the position of the expression in the flow.
///
/// ``ScopeTable`` is a ready-made implementation over a dictionary of names.
public protocol ExpressionScope {
    /// What `path` (`["method"]`, `["channel", "invoice_email"]`) refers to here.
    func resolve(_ path: [String]) -> ExpressionResolution
}

/// The answer of an ``ExpressionScope`` for one reference.
public enum ExpressionResolution: Sendable, Hashable {
    /// A value of `type`; `optional` when it may be absent (null) at run time, such as a
    /// field that is not required or sits in a step a branch can skip.
    case value(ExpressionType, optional: Bool)
    /// Nothing by that name. `suggestions` are the names that could have been meant; passing
    /// every name in scope is fine, as the checker shows only the closest by edit distance.
    case unknown(suggestions: [String])
    /// A field that exists but is only defined later than where it is read; `definedAt` says
    /// where, as the message should show it, e.g. `step "invoice" (12:7)`.
    case notYetDefined(definedAt: String)
    /// The first component is a namespace (`channel`, `certificate`, an action) that has no
    /// member by the last component's name; `available` are its members.
    case unknownSetting(available: [String])
}

/// An ``ExpressionScope`` over fixed tables, enough for tests, examples and simple callers.
///
/// Names are written as paths with dots: `method`, `channel.invoice_email`. A dotted name
/// whose first component is a known namespace but whose member is missing resolves to
/// ``ExpressionResolution/unknownSetting(available:)``.
public struct ScopeTable: ExpressionScope, Sendable {
    /// A value's type and whether it may be absent.
    public struct Entry: Sendable, Hashable {
        /// The value's type.
        public var type: ExpressionType
        /// Whether the value may be absent (null) at run time.
        public var optional: Bool

        /// A value of `type`, required unless `optional`.
        public init(_ type: ExpressionType, optional: Bool = false) {
            self.type = type
            self.optional = optional
        }
    }

    /// The names in scope, dotted paths as keys.
    public var values: [String: Entry]
    /// Fields that exist but are defined later, with where (`step "invoice"`).
    public var later: [String: String]

    /// A scope of `values`, plus fields defined `later` (name → where).
    public init(_ values: [String: Entry] = [:], later: [String: String] = [:]) {
        self.values = values
        self.later = later
    }

    /// Looks `path` up in ``values``, then ``later``, then explains what is missing.
    public func resolve(_ path: [String]) -> ExpressionResolution {
        let name = Wording.path(path)
        if let entry = values[name] { return .value(entry.type, optional: entry.optional) }
        if let place = later[name] { return .notYetDefined(definedAt: place) }
        if path.count > 1, let namespace = path.first {
            let prefix = namespace + "."
            let members = values.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            if !members.isEmpty { return .unknownSetting(available: members.sorted()) }
        }
        return .unknown(suggestions: (Array(values.keys) + Array(later.keys)).sorted())
    }
}
