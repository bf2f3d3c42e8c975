/// One page of a flow: fields to collect, options, actions, and where to go next.
public struct Step: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var title: Located<LocalizedText>
    public var kind: Located<StepKind>
    /// Whether the applicant may go back from this step to the previous one.
    public var back: Bool
    /// When false, the step is skipped and the flow goes straight to `next`.
    public var when: Located<String>?
    public var fields: [Field]
    public var choice: Choice?
    /// Materials collected on this step (ids from the flow's material list).
    public var materials: [Located<String>]
    /// Steps whose answers a confirmation step shows, read-only.
    public var summary: [Located<String>]
    public var actions: [ActionCall]
    public var wait: Located<WaitState>?
    public var notice: Located<LocalizedText>?
    public var next: [Transition]

    public init(
        id: Located<String>, title: Located<LocalizedText>, kind: Located<StepKind>, back: Bool = true,
        when: Located<String>? = nil, fields: [Field] = [], choice: Choice? = nil, materials: [Located<String>] = [],
        summary: [Located<String>] = [], actions: [ActionCall] = [], wait: Located<WaitState>? = nil,
        notice: Located<LocalizedText>? = nil, next: [Transition] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.back = back
        self.when = when
        self.fields = fields
        self.choice = choice
        self.materials = materials
        self.summary = summary
        self.actions = actions
        self.wait = wait
        self.notice = notice
        self.next = next
    }

    /// The step's own fields, then every option's fields. Without a choice it is `fields` itself,
    /// not a copy: the linter and the engine ask for it once per step per rule or submit.
    public var allFields: [Field] {
        guard let choice else { return fields }
        return fields + choice.options.flatMap(\.fields)
    }

    /// The step's actions, then every option's actions.
    public var allActions: [ActionCall] {
        actions + (choice?.options.flatMap(\.actions) ?? [])
    }
}

/// Where a step goes: to `target` when `when` holds (or always, without `when`).
public struct Transition: Sendable, Hashable, Codable {
    public var when: Located<String>?
    public var target: Located<String>

    public init(when: Located<String>? = nil, target: Located<String>) {
        self.when = when
        self.target = target
    }
}
