/// A choice among verification options (the manual's agent verification: legal representative in
/// person, agent phone, agent bank card, agent face). The chosen option's id is stored in `field`.
public struct Choice: Sendable, Hashable, Codable {
    public var field: Located<String>
    public var label: Located<LocalizedText>
    public var options: [ChoiceOption]

    public init(field: Located<String>, label: Located<LocalizedText>, options: [ChoiceOption]) {
        self.field = field
        self.label = label
        self.options = options
    }
}

/// One verification option with the fields it needs and what it does.
public struct ChoiceOption: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var label: Located<LocalizedText>
    /// When set, the option is offered only when the expression holds.
    public var when: Located<String>?
    public var fields: [Field]
    /// Fields of this option filled from earlier answers (target field ← source field).
    public var prefill: [PrefillRule]
    public var actions: [ActionCall]
    public var wait: Located<WaitState>?

    public init(
        id: Located<String>, label: Located<LocalizedText>, when: Located<String>? = nil, fields: [Field] = [],
        prefill: [PrefillRule] = [], actions: [ActionCall] = [], wait: Located<WaitState>? = nil
    ) {
        self.id = id
        self.label = label
        self.when = when
        self.fields = fields
        self.prefill = prefill
        self.actions = actions
        self.wait = wait
    }
}

/// `target: source` — the answer of `source` becomes the value of `target`.
public struct PrefillRule: Sendable, Hashable, Codable {
    public var target: Located<String>
    public var source: Located<String>

    public init(target: Located<String>, source: Located<String>) {
        self.target = target
        self.source = source
    }
}
