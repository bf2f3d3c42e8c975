/// One thing that differs between two compiled definitions of a (channel, flow).
public struct DefinitionChange: Sendable, Hashable {
    /// Where an operator looks for it.
    public enum Section: String, Sendable, CaseIterable {
        case steps
        case fields
        case rules
        case prices
    }

    public enum Kind: Sendable, Hashable {
        /// Only in the new definition, with a short description.
        case added(String)
        /// Only in the old definition, with a short description.
        case removed(String)
        /// In both, with the attributes that differ.
        case changed([Difference])
    }

    /// One attribute that differs; nil when the attribute is absent on that side.
    public struct Difference: Sendable, Hashable {
        public var attribute: String
        public var old: String?
        public var new: String?
    }

    public var section: Section
    /// What changed: `agent`, `purchase.invoice_email`, `material authorisation_letter`, …
    public var subject: String
    public var kind: Kind
}
