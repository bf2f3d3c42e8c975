/// One page of a flow: fields to collect, options, actions, and where to go next.
public struct Step: Sendable, Hashable, Codable, CustomReflectable {
    /// The stored properties, in one shared box (`SharedStorage`): the compiler, the rules and the
    /// engine copy steps and fields all the time, and a copy is then one reference.
    struct Storage: Sendable, Hashable, Codable {
        var id: Located<String>
        var title: Located<LocalizedText>
        var kind: Located<StepKind>
        var back: Bool
        var when: Located<String>?
        var fields: [Field]
        var choice: Choice?
        var materials: [Located<String>]
        var summary: [Located<String>]
        var actions: [ActionCall]
        var wait: Located<WaitState>?
        var notice: Located<LocalizedText>?
        var next: [Transition]
    }

    private var storage: SharedStorage<Storage>

    public var id: Located<String> {
        get { storage.box.value.id }
        set { storage.update { $0.id = newValue } }
    }

    public var title: Located<LocalizedText> {
        get { storage.box.value.title }
        set { storage.update { $0.title = newValue } }
    }

    public var kind: Located<StepKind> {
        get { storage.box.value.kind }
        set { storage.update { $0.kind = newValue } }
    }

    /// Whether the applicant may go back from this step to the previous one.
    public var back: Bool {
        get { storage.box.value.back }
        set { storage.update { $0.back = newValue } }
    }

    /// When false, the step is skipped and the flow goes straight to `next`.
    public var when: Located<String>? {
        get { storage.box.value.when }
        set { storage.update { $0.when = newValue } }
    }

    public var fields: [Field] {
        get { storage.box.value.fields }
        set { storage.update { $0.fields = newValue } }
    }

    public var choice: Choice? {
        get { storage.box.value.choice }
        set { storage.update { $0.choice = newValue } }
    }

    /// Materials collected on this step (ids from the flow's material list).
    public var materials: [Located<String>] {
        get { storage.box.value.materials }
        set { storage.update { $0.materials = newValue } }
    }

    /// Steps whose answers a confirmation step shows, read-only.
    public var summary: [Located<String>] {
        get { storage.box.value.summary }
        set { storage.update { $0.summary = newValue } }
    }

    public var actions: [ActionCall] {
        get { storage.box.value.actions }
        set { storage.update { $0.actions = newValue } }
    }

    public var wait: Located<WaitState>? {
        get { storage.box.value.wait }
        set { storage.update { $0.wait = newValue } }
    }

    public var notice: Located<LocalizedText>? {
        get { storage.box.value.notice }
        set { storage.update { $0.notice = newValue } }
    }

    public var next: [Transition] {
        get { storage.box.value.next }
        set { storage.update { $0.next = newValue } }
    }

    public init(
        id: Located<String>, title: Located<LocalizedText>, kind: Located<StepKind>, back: Bool = true,
        when: Located<String>? = nil, fields: [Field] = [], choice: Choice? = nil, materials: [Located<String>] = [],
        summary: [Located<String>] = [], actions: [ActionCall] = [], wait: Located<WaitState>? = nil,
        notice: Located<LocalizedText>? = nil, next: [Transition] = []
    ) {
        storage = SharedStorage(Storage(
            id: id,
            title: title,
            kind: kind,
            back: back,
            when: when,
            fields: fields,
            choice: choice,
            materials: materials,
            summary: summary,
            actions: actions,
            wait: wait,
            notice: notice,
            next: next
        ))
    }

    /// Coded as the stored properties themselves, as before they moved into a box: the same JSON,
    /// the same content hashes.
    public init(from decoder: any Decoder) throws {
        storage = try SharedStorage(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.encode(to: encoder)
    }

    /// Printed (and shown in test failures) with its properties, not as a box.
    public var customMirror: Mirror {
        Mirror(self, children: Mirror(reflecting: storage.box.value).children, displayStyle: .struct)
    }

    /// The step's own fields, then every option's fields. Without a choice it is `fields` itself,
    /// not a copy: the linter and the engine ask for it once per step per rule or submit.
    public var allFields: [Field] {
        // The options alone, not a copy of the whole choice first.
        guard let options = storage.box.value.choice?.options else { return fields }
        return fields + options.flatMap(\.fields)
    }

    /// The step's own fields, then those of `option` (the one chosen), without a copy when the
    /// option adds none.
    public func fields(choosing option: ChoiceOption?) -> [Field] {
        guard let option, !option.fields.isEmpty else { return fields }
        return fields + option.fields
    }

    /// The step's actions, then every option's actions.
    public var allActions: [ActionCall] {
        guard let options = storage.box.value.choice?.options else { return actions }
        return actions + options.flatMap(\.actions)
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
